import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './style.css';
import { interceptLinks, navigate, render, route } from './router';
import { entityView } from './views/entity';
import { eventView } from './views/event';
import { pathView } from './views/path';
import { homeView, searchView } from './views/search';
import { preloadGraph } from './widgets/graph';
import { preloadTimeline } from './widgets/timeline';

route('home', /^\/$/, () => homeView);
route('search', /^\/search$/, () => searchView);
route('entity', /^\/entity\/([^/]+)$/, entityView);
route('event', /^\/event\/([^/]+)$/, eventView);
route('path', /^\/path$/, () => pathView);

const form = document.querySelector<HTMLFormElement>('form[data-search]');
form?.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = new FormData(form).get('q')?.toString().trim() ?? '';
  if (q) navigate(`/search?q=${encodeURIComponent(q)}`);
});
interceptLinks();
void render().then(() => {
  // Once the first view is on screen, fetch the timeline and graph libraries while the user reads.
  const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
  idle(() => {
    void preloadTimeline();
    void preloadGraph();
  });
});

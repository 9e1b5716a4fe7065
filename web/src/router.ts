import { ApiError, token } from './api/client';
import { h } from './dom';

/** A view renders into `main` from the URL; every view has its own shareable URL (deep link). */
export type View = (main: HTMLElement, url: URL) => Promise<void>;

interface Route {
  name: string;
  pattern: RegExp;
  view: (match: RegExpExecArray) => View;
}

const routes: Route[] = [];

export function route(name: string, pattern: RegExp, view: (match: RegExpExecArray) => View) {
  routes.push({ name, pattern, view });
}

/** Shows a failure the way a user can act on it (and a token field when the service asks for one). */
function showError(main: HTMLElement, err: unknown) {
  const e = err instanceof ApiError ? err : new ApiError(String((err as Error)?.message ?? err), 'ERROR');
  main.replaceChildren(
    h('div', { class: 'error', role: 'alert' }, h('h1', {}, 'Something went wrong'), h('p', {}, e.message)),
  );
  if (e.code === 'UNAUTHENTICATED' || e.code === 'FORBIDDEN') {
    const input = h('input', { id: 'token', type: 'password', autocomplete: 'off' });
    main.append(
      h(
        'form',
        {
          class: 'token',
          onsubmit: (ev: Event) => {
            ev.preventDefault();
            token.set(input.value.trim());
            void render();
          },
        },
        h('label', { for: 'token' }, 'Read token'),
        input,
        h('button', { type: 'submit' }, 'Use token'),
      ),
    );
  }
}

let generation = 0;
let mountQueue: (() => void | Promise<void>)[] = [];

/**
 * Work that needs the view in the document (the timeline and graph libraries measure their box):
 * run once the view is on screen, before the view counts as ready.
 */
export function onMounted(fn: () => void | Promise<void>) {
  mountQueue.push(fn);
}

/**
 * Renders the view of the current URL. The browser's Performance API records how long each view
 * took ("view:<name>" measures) for the explorer bench; `data-view` says which view is on screen.
 */
export async function render() {
  const main = document.getElementById('main') as HTMLElement;
  const url = new URL(location.href);
  const mine = ++generation;
  const found = routes.map((r) => ({ r, m: r.pattern.exec(url.pathname) })).find((x) => x.m);
  document.body.removeAttribute('data-view');
  performance.mark('view-start');
  main.setAttribute('aria-busy', 'true');
  main.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Loading…'));
  const name = found?.r.name ?? 'not-found';
  try {
    if (!found?.m) {
      main.replaceChildren(h('h1', {}, 'Not found'), h('p', {}, `Nothing lives at ${url.pathname}.`));
    } else {
      const target = h('div', { class: 'view' });
      mountQueue = [];
      await found.r.view(found.m)(target, url);
      if (mine !== generation) return; // a newer navigation won
      main.replaceChildren(target);
      const mounted = mountQueue;
      mountQueue = [];
      await Promise.all(mounted.map((fn) => fn()));
    }
  } catch (err) {
    if (mine !== generation) return;
    showError(main, err);
  }
  main.removeAttribute('aria-busy');
  const heading = main.querySelector('h1');
  document.title = `${heading?.textContent ?? 'Explorer'} — News timeline graph`;
  performance.mark('view-ready');
  performance.measure(`view:${name}`, 'view-start', 'view-ready');
  document.body.dataset.view = name;
}

export function navigate(href: string) {
  history.pushState(null, '', href);
  void render().then(() => document.getElementById('main')?.focus({ preventScroll: false }));
  window.scrollTo(0, 0);
}

/** Same-origin links to views are followed without reloading the page. */
export function interceptLinks() {
  document.addEventListener('click', (ev) => {
    if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey)
      return;
    const a = (ev.target as Element | null)?.closest('a');
    if (!a || a.target || a.hasAttribute('download') || a.origin !== location.origin) return;
    if (/^\/(graphql|export|assets)\b/.test(a.pathname)) return;
    ev.preventDefault();
    navigate(a.pathname + a.search);
  });
  window.addEventListener('popstate', () => void render());
}

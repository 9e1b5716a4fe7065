import { request } from '../api/client';
import { SEARCH_ENTITIES } from '../api/operations';
import { append, empty, h, inLanguage, link } from '../dom';
import { titleCase } from '../format';
import type { View } from '../router';

interface Hit {
  score: number;
  matched: string;
  entity: { id: string; kind: string; name: string; nameAr: string; description: string | null };
}

export async function searchHits(query: string, first = 20): Promise<Hit[]> {
  return (await request<{ searchEntities: Hit[] }>(SEARCH_ENTITIES, { query, first })).searchEntities;
}

/** The result list; `href` says where a hit leads (its entity page, or a path to it). */
export function hitList(hits: Hit[], href: (id: string) => string): HTMLElement {
  return h(
    'ol',
    { class: 'hits' },
    hits.map((hit) =>
      h(
        'li',
        {},
        link(href(hit.entity.id), hit.entity.name),
        ' ',
        inLanguage(hit.entity.nameAr, 'ar'),
        h('span', { class: 'tag' }, titleCase(hit.entity.kind)),
        hit.entity.description ? h('p', { class: 'muted' }, hit.entity.description) : null,
      ),
    ),
  );
}

export const searchView: View = async (main, url) => {
  const q = url.searchParams.get('q')?.trim() ?? '';
  const input = document.getElementById('q') as HTMLInputElement | null;
  if (input) input.value = q;
  append(main, h('h1', {}, q ? `Search: ${q}` : 'Search'));
  if (!q) {
    append(main, empty('Type a name in any language or spelling above.'));
    return;
  }
  const hits = await searchHits(q);
  append(
    main,
    hits.length
      ? hitList(hits, (id) => `/entity/${encodeURIComponent(id)}`)
      : empty(`No entity matches “${q}”. Try another spelling or part of the name.`),
  );
};

export const homeView: View = async (main) => {
  append(
    main,
    h('h1', {}, 'Explore the timeline graph'),
    h(
      'p',
      {},
      'Search any entity by name, in Arabic or Latin script and in any spelling. Each page shows names, ' +
        'relationships on a chosen day, a timeline of events with their true precision, the neighbourhood ' +
        'graph and paths to other entities. Every page has its own link to share.',
    ),
    h(
      'ul',
      { class: 'examples' },
      h('li', {}, link('/search?q=%D8%A7%D9%83%D8%AA%D9%88%D8%B1%D9%83', 'Search “اكتورك”')),
      h('li', {}, link('/entity/turkish-ministry-of-defence', 'Ministry of National Defence of Turkey')),
      h('li', {}, link('/entity/zeki-akturk', 'Zeki Aktürk')),
      h(
        'li',
        {},
        link('/path?from=yasar-guler&to=syrian-army', 'How does Yaşar Güler connect to the Syrian army?'),
      ),
    ),
    h(
      'p',
      { class: 'muted' },
      'The explorer is a client of the GraphQL API at ',
      link('/graphql', '/graphql'),
      '; every operation it sends is listed in web/src/api/operations.ts.',
    ),
  );
};

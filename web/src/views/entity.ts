import { request } from '../api/client';
import { ENTITY_PAGE, ENTITY_TIMELINE } from '../api/operations';
import { append, empty, h, inLanguage, link, section } from '../dom';
import { type Span, spanRange, titleCase } from '../format';
import { navigate, type View } from '../router';
import { exportLinks } from '../widgets/exports';
import { type GraphData, neighbourhoodGraph, preloadGraph, TRUNCATION_TEXT } from '../widgets/graph';
import { type Bucket, histogramStrip } from '../widgets/histogram';
import { eventTimeline, preloadTimeline, type TimelineEvent } from '../widgets/timeline';
import { hitList, searchHits } from './search';

interface Relationship {
  id: string;
  type: string;
  title: string | null;
  from: { id: string; name: string };
  to: { id: string; name: string };
  valid: Span | null;
  evidence: {
    quote: string | null;
    article: { title: string; published: string; publisher: { name: string } };
  }[];
}

interface EntityData {
  id: string;
  kind: string;
  name: string;
  description: string | null;
  names: { language: string; value: string }[];
  aliases: string[];
  relationships: Relationship[];
  timeline: TimelinePage;
}

interface TimelinePage {
  totalCount: number;
  edges: { node: TimelineEvent }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Nodes drawn in the neighbourhood graph; the GraphML export goes to 1000. */
const GRAPH_LIMIT = 60;
const enc = encodeURIComponent;

function relationshipList(rels: Relationship[], self: string): HTMLElement {
  if (!rels.length) return empty('No relationship is valid on that day.');
  return h(
    'ul',
    { class: 'relationships' },
    rels.map((r) =>
      h(
        'li',
        {},
        r.from.id === self ? h('strong', {}, r.from.name) : link(`/entity/${enc(r.from.id)}`, r.from.name),
        ` ${titleCase(r.type).toLowerCase()}${r.title ? ` (${r.title})` : ''} `,
        r.to.id === self ? h('strong', {}, r.to.name) : link(`/entity/${enc(r.to.id)}`, r.to.name),
        h('span', { class: 'muted' }, ` · ${r.valid ? spanRange(r.valid) : 'no date given'}`),
        h('span', { class: 'muted' }, ` · ${r.evidence.length} source${r.evidence.length === 1 ? '' : 's'}`),
      ),
    ),
  );
}

/** The rest of the timeline after its first page, page by page (100 a page, as the API allows). */
async function moreEvents(id: string, first: TimelinePage): Promise<TimelineEvent[]> {
  const events = first.edges.map((e) => e.node);
  let page = first;
  for (let n = 1; n < 10 && page.pageInfo.hasNextPage; n++) {
    const data: { entity: { timeline: TimelinePage } | null } = await request(ENTITY_TIMELINE, {
      id,
      after: page.pageInfo.endCursor,
    });
    if (!data.entity) break;
    page = data.entity.timeline;
    events.push(...page.edges.map((e) => e.node));
  }
  return events;
}

function pathForm(from: EntityData): HTMLElement {
  const input = h('input', { id: 'path-to', type: 'search', required: true, autocomplete: 'off' });
  const results = h('div', { 'aria-live': 'polite' });
  return h(
    'form',
    {
      class: 'path-form',
      onsubmit: async (ev: Event) => {
        ev.preventDefault();
        const hits = (await searchHits(input.value.trim(), 5)).filter((x) => x.entity.id !== from.id);
        results.replaceChildren(
          hits.length
            ? hitList(hits, (id) => `/path?from=${enc(from.id)}&to=${enc(id)}`)
            : empty(`No entity matches “${input.value}”.`),
        );
      },
    },
    h('label', { for: 'path-to' }, `How does ${from.name} connect to…`),
    input,
    h('button', { type: 'submit' }, 'Find'),
    results,
  );
}

export const entityView =
  (m: RegExpExecArray): View =>
  async (main, url) => {
    const id = decodeURIComponent(m[1] ?? '');
    const asOf = url.searchParams.get('asOf') || null;
    const depth = Number(url.searchParams.get('depth') ?? 1) === 2 ? 2 : 1;
    // The timeline and graph libraries load while the data is on its way.
    void preloadTimeline();
    void preloadGraph();
    const data = await request<{
      entity: EntityData | null;
      timelineHistogram: Bucket[];
      neighborhood: GraphData;
    }>(ENTITY_PAGE, { id, asOf, depth, limit: GRAPH_LIMIT, filter: { entities: [id] } });
    const entityData = data;
    const e = entityData.entity;
    if (!e) {
      append(main, h('h1', {}, 'No such entity'), empty(`There is no entity with the id “${id}”.`));
      return;
    }
    const timeline = { events: await moreEvents(id, e.timeline), total: e.timeline.totalCount };
    const histogram = data;
    const graph = data;
    const here = (params: Record<string, string | null>) => {
      const u = new URL(url);
      for (const [k, v] of Object.entries(params)) v ? u.searchParams.set(k, v) : u.searchParams.delete(k);
      return u.pathname + u.search;
    };

    const dateInput = h('input', { id: 'as-of', type: 'date', value: asOf ?? '' });
    const asOfForm = h(
      'form',
      {
        class: 'inline',
        onsubmit: (ev: Event) => {
          ev.preventDefault();
          navigate(here({ asOf: dateInput.value || null }));
        },
      },
      h('label', { for: 'as-of' }, 'Valid on '),
      dateInput,
      h('button', { type: 'submit' }, 'Show'),
      asOf ? link(here({ asOf: null }), 'All dates') : null,
    );

    const g = graph.neighborhood;
    const strip = histogramStrip(histogram.timelineHistogram, 'Events per month');
    const graphBox =
      g.nodes.length > 1
        ? neighbourhoodGraph(g, (kind, nid) =>
            navigate(`/${kind === 'EVENT' ? 'event' : 'entity'}/${enc(nid)}`),
          )
        : null;

    append(
      main,
      h('h1', {}, e.name),
      h('p', { class: 'kind' }, titleCase(e.kind), e.description ? ` — ${e.description}` : ''),
      exportLinks([
        {
          label: 'TimelineJS',
          href: `/export/timelinejs.json?entities=${enc(id)}`,
          name: `${id}.timelinejs.json`,
        },
        { label: 'CSV', href: `/export/events.csv?entities=${enc(id)}`, name: `${id}.events.csv` },
        {
          label: 'GraphML',
          href: `/export/graph.graphml?entity=${enc(id)}&depth=${depth}`,
          name: `${id}.graphml`,
        },
      ]),
      section(
        'Names',
        'names',
        h(
          'dl',
          { class: 'names' },
          e.names.flatMap((n) => [h('dt', {}, n.language), h('dd', {}, inLanguage(n.value, n.language))]),
        ),
        e.aliases.length
          ? h(
              'p',
              { class: 'muted' },
              'Also: ',
              e.aliases.flatMap((a, i) => [
                i ? ', ' : '',
                inLanguage(a, /[\u0600-\u06ff]/.test(a) ? 'ar' : null),
              ]),
            )
          : null,
      ),
      section('Relationships', 'relationships', asOfForm, relationshipList(e.relationships, e.id)),
      section(
        'Timeline',
        'timeline',
        timeline.events.length
          ? [
              h(
                'p',
                { class: 'legend muted' },
                'A dot is a single day; a bar covers every day the source allows, with soft ends when approximate; an open span fades towards its open side.',
              ),
              eventTimeline(timeline.events, (eid) => navigate(`/event/${enc(eid)}`), strip.draw),
              strip.el,
              timeline.total > timeline.events.length
                ? h(
                    'p',
                    { class: 'notice' },
                    `Showing the first ${timeline.events.length} of ${timeline.total} events.`,
                  )
                : null,
              h(
                'ol',
                { class: 'event-list' },
                timeline.events.map((ev) =>
                  h(
                    'li',
                    {},
                    link(`/event/${enc(ev.id)}`, ev.title),
                    h(
                      'span',
                      { class: 'muted' },
                      ` · ${spanRange(ev.when)}${ev.when.text ? ` (“${ev.when.text}”)` : ''}`,
                    ),
                  ),
                ),
              ),
            ]
          : empty('No event involves this entity.'),
      ),
      section(
        'Neighbourhood',
        'neighbourhood',
        h(
          'p',
          { class: 'inline' },
          'Depth: ',
          depth === 1 ? h('strong', {}, '1') : link(here({ depth: null }), '1'),
          ' · ',
          depth === 2 ? h('strong', {}, '2') : link(here({ depth: '2' }), '2'),
        ),
        g.truncated
          ? h(
              'p',
              { class: 'notice' },
              `Capped: showing ${g.nodes.length} nodes; more lie within ${depth} hop${depth === 1 ? '' : 's'}: ${g.truncatedBy.map((r) => TRUNCATION_TEXT[r]).join('; ')}. The GraphML download has up to 1000.`,
            )
          : h(
              'p',
              { class: 'muted' },
              `${g.nodes.length} nodes, ${g.edges.length} links within ${depth} hop${depth === 1 ? '' : 's'}.`,
            ),
        graphBox ?? empty('Nothing is linked to this entity.'),
        graphBox
          ? h(
              'details',
              { class: 'node-list' },
              h('summary', {}, 'The same nodes as a list'),
              h(
                'ul',
                {},
                g.nodes
                  .filter((n) => n.depth > 0)
                  .map((n) =>
                    h(
                      'li',
                      {},
                      link(`/${n.kind === 'EVENT' ? 'event' : 'entity'}/${enc(n.id)}`, n.label),
                      h(
                        'span',
                        { class: 'muted' },
                        ` · ${titleCase(n.subkind)} · ${n.depth} hop${n.depth === 1 ? '' : 's'}`,
                      ),
                    ),
                  ),
              ),
            )
          : null,
      ),
      section('Path', 'path', pathForm(e)),
    );
  };

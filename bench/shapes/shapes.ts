import type { ShapeParams } from './params';

export interface GqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Shape {
  key: string;
  label: string;
  /** Measured at both graph sizes (how latency grows with the graph). */
  /** Query files (cypher/queries/…) and Query fields it needs; missing ones make it "not available". */
  needs: { queries: string[]; field: string };
  ours: (p: ShapeParams) => GqlRequest;
  /** The same data from @neo4j/graphql, or why it cannot be asked for. */
  neo: (p: ShapeParams) => GqlRequest | { na: string };
}

/** What the timeline shapes select of each event (the raw baseline reads the same properties). */
export const EVENT_FIELDS = `id kind cameo title when { edtf start end precision }
  participants { role entity { id name } } evidence { quote language startOffset endOffset }`;
const NEO_EVENT_FIELDS = `id kind cameo title_en edtf start end precision
  participantsConnection { edges { properties { role } node { id name_en } } }
  evidence { quote language startOffset endOffset }`;

const timeline =
  (first: number): Shape['ours'] =>
  () => ({
    query: `query($first: Int) { timeline(first: $first) { edges { cursor node { ${EVENT_FIELDS} } } pageInfo { hasNextPage } } }`,
    variables: { first },
  });
const neoTimeline =
  (first: number): Shape['neo'] =>
  () => ({
    query: `query($limit: Int) { events(sort: [{ orderKey: ASC }], limit: $limit) { orderKey ${NEO_EVENT_FIELDS} } }`,
    variables: { limit: first + 1 },
  });
const search =
  (key: 'searchArabic' | 'searchLatin'): Shape['ours'] =>
  (p) => ({
    query:
      'query($q: String!) { searchEntities(query: $q, first: 10) { score matched entity { id kind name } } }',
    variables: { q: p[key] },
  });
const SEARCH_NA =
  'n/a: @neo4j/graphql can query the full-text index (@fulltext), but not fold the query (Arabic letter forms, Turkish letters) nor rank hits by name tiers, so it cannot return the same hits';
const TIMELINE = ['event/by-ids', 'event/participants', 'evidence/by-claims', 'entity/by-ids'];

/** A 4-hop connections request between the two entities `ends` picks. */
function connection(key: string, label: string, ends: (p: ShapeParams) => [string, string]): Shape {
  return {
    key,
    label,
    needs: { queries: ['relationship/by-ids'], field: 'connections' },
    ours: (p) => ({
      query: `query($a: ID!, $b: ID!) { connections(from: $a, to: $b, maxHops: 4, first: 3) { truncatedBy paths { length
        steps { from { id name } to { id name } via { __typename ... on Relationship { id type } ... on Event { id kind } } } } } }`,
      variables: { a: ends(p)[0], b: ends(p)[1] },
    }),
    neo: () => ({
      na: 'n/a: no SHORTEST / variable-length paths (only fixed nesting of relationship fields)',
    }),
  };
}

/** A depth-2 neighbourhood of at most 200 nodes around the entity `center` picks. */
function neighbourhood(key: string, label: string, center: (p: ShapeParams) => string): Shape {
  return {
    key,
    label,
    needs: { queries: [], field: 'neighborhood' },
    ours: (p) => ({
      query: `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated truncatedBy
        nodes { id label kind subkind depth } edges { id source target kind type } } }`,
      variables: { id: center(p) },
    }),
    neo: () => ({
      na: 'n/a: nested fields give every path, not each node once at its shortest distance over four relationship types with a node limit',
    }),
  };
}

/** A monthly histogram over six years, with the filter `extra` adds. */
function histogram(key: string, label: string, extra: (p: ShapeParams) => Record<string, unknown>): Shape {
  return {
    key,
    label,
    needs: { queries: [], field: 'timelineHistogram' },
    ours: (p) => ({
      query:
        'query($f: TimelineFilter) { timelineHistogram(granularity: MONTH, filter: $f) { start end count coarse } }',
      variables: { f: { from: p.histFrom, to: p.histTo, ...extra(p) } },
    }),
    neo: () => ({
      na: 'n/a: no grouping by a computed bucket (only one aggregate count per filter, i.e. 72 aliased aggregates)',
    }),
  };
}

export const SHAPES: Shape[] = [
  {
    key: 'timeline20',
    label: 'timeline page of 20 (+participants, evidence)',
    needs: { queries: TIMELINE, field: 'timeline' },
    ours: timeline(20),
    neo: neoTimeline(20),
  },
  {
    key: 'timeline100',
    label: 'timeline page of 100 (+participants, evidence)',
    needs: { queries: TIMELINE, field: 'timeline' },
    ours: timeline(100),
    neo: neoTimeline(100),
  },
  {
    key: 'timelineFiltered',
    label: 'timeline filtered: entity + 2 years, 20',
    needs: { queries: TIMELINE, field: 'timeline' },
    ours: (p) => ({
      query: `query($f: TimelineFilter) { timeline(first: 20, filter: $f) { edges { cursor node { ${EVENT_FIELDS} } } } }`,
      variables: { f: { entities: [p.entity], from: p.from, to: p.to } },
    }),
    neo: (p) => ({
      query: `query($w: EventWhere) { events(where: $w, sort: [{ orderKey: ASC }], limit: 21) { orderKey ${NEO_EVENT_FIELDS} } }`,
      variables: {
        w: {
          hi: { gte: p.from },
          lo: { lte: p.to },
          OR: [
            { participants: { some: { id: { eq: p.entity } } } },
            { place: { some: { id: { eq: p.entity } } } },
          ],
        },
      },
    }),
  },
  histogram('histogram', 'monthly histogram, 6 years', () => ({})),
  histogram('histogramEntity', 'monthly histogram, 6 years, the top hub entity', (p) => ({
    entities: [p.topHub],
  })),
  histogram('histogramKind', 'monthly histogram, 6 years, one kind', (p) => ({ kinds: [p.kind] })),
  {
    key: 'searchArabic',
    label: 'entity search, Arabic script',
    needs: { queries: ['search/entities', 'entity/by-ids'], field: 'searchEntities' },
    ours: search('searchArabic'),
    neo: () => ({ na: SEARCH_NA }),
  },
  {
    key: 'searchLatin',
    label: 'entity search, Latin script',
    needs: { queries: ['search/entities', 'entity/by-ids'], field: 'searchEntities' },
    ours: search('searchLatin'),
    neo: () => ({ na: SEARCH_NA }),
  },
  connection('connection4', 'connection, up to 4 hops (3 paths)', (p) => [p.pathFrom, p.pathTo]),
  connection('connection4Hubs', 'connection, up to 4 hops, hub to hub (ranks 1 and 2)', (p) => [
    p.topHub,
    p.secondHub,
  ]),
  connection('connection4HubEnd', 'connection, up to 4 hops, top hub to rank 150', (p) => [
    p.topHub,
    p.pathTo,
  ]),
  neighbourhood('neighbourhood2', 'neighbourhood, depth 2 (≤200 nodes)', (p) => p.hub),
  neighbourhood('neighbourhood2Hub', 'neighbourhood, depth 2, top hub (≤200 nodes)', (p) => p.topHub),
];

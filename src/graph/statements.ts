import { type Composed, composeSlots, type Slot } from '../neo4j/cypher';
import type { Params } from '../neo4j/db';
import type { During } from './args';

/**
 * The bounds of every graph search, so that a hub (an entity in hundreds of thousands of events)
 * costs no more than any other node and no search outgrows the transaction memory:
 * - `perNode`: links followed from one node (a neighbourhood's center follows up to its `limit`);
 * - `scan`: links of one kind read from one node before the time and source filters;
 * - `breadth`: entities one level of a path search expands;
 * - `visits`: steps the path enumeration over what was found may take.
 * A result that a bound cut says so (`truncatedBy`).
 */
export const GRAPH_CAPS = { perNode: 50, scan: 500, breadth: 200, visits: 200_000 } as const;

/** The filters a graph search takes; `sources` only for paths. */
export interface GraphFilter extends During {
  sources?: string[] | null;
}

const predicates = (fragments: (string | false)[]): Slot => ({
  fragments: fragments.filter((f): f is string => f !== false),
  join: ' AND ',
  empty: 'true',
});

/** The filter fragments given, for events (`e`) and relationships (`r`), and their parameters. */
function filterSlots(f: GraphFilter): { slots: Record<string, Slot>; params: Params } {
  const params: Params = {};
  if (f.since) params.since = f.since;
  if (f.until) params.until = f.until;
  if (f.sources?.length) params.sources = f.sources;
  const slots = {
    event: predicates([
      !!f.since && 'event-since',
      !!f.until && 'event-until',
      !!f.sources?.length && 'event-sources',
    ]),
    relation: predicates([!!f.since && 'relation-since', !!f.until && 'relation-until']),
  };
  return { slots, params };
}

/** Relationships come from curated fact sheets only: sources that leave CURATED out exclude them. */
const withRelations = (f: GraphFilter) => !f.sources?.length || f.sources.includes('CURATED');

const one = (fragment: string): Slot => ({ fragments: [fragment], join: '' });
const arms = (fragments: string[], join: string): Slot => ({ fragments, join: `\n${join}\n` });
const caps = () => ({ perNode: GRAPH_CAPS.perNode, scan: GRAPH_CAPS.scan });

/** One level of the path search: the links of the entities `$ids` (cypher/fragments/graph/paths-*). */
export function pathLevel(f: GraphFilter): { statement: Composed; params: Params } {
  const { slots, params } = filterSlots(f);
  const relations = withRelations(f);
  const statement = composeSlots('graph', 'paths-expand', {
    ...slots,
    arms: arms([...(relations ? ['paths-arm-relations'] : []), 'paths-arm-events'], 'UNION ALL'),
    degree: {
      fragments: [...(relations ? ['degree-relations'] : []), 'degree-events'],
      join: ' OR ',
    },
  });
  return { statement, params: { ...params, ...caps() } };
}

const HOOD_ARMS = ['hood-arm-relations', 'hood-arm-events', 'hood-arm-members', 'hood-arm-linked'];
const EDGE_ARMS = ['edges-arm-relations', 'edges-arm-members', 'edges-arm-linked'];

/** The nodes within `depth` of `$id`: one hood-level per hop, the first capped at the limit. */
export function hoodNodes(depth: number, limit: number, f: During): { statement: Composed; params: Params } {
  const { slots, params } = filterSlots({ since: f.since, until: f.until });
  const level = (cap: string) => ({ name: 'hood-level', slots: { cap: one(cap) } });
  const statement = composeSlots('graph', 'hood', {
    ...slots,
    levels: {
      fragments: [level('cap-center'), ...Array.from({ length: depth - 1 }, () => level('cap-node'))],
      join: '\n',
    },
    arms: arms(HOOD_ARMS, 'UNION'),
    degree: one('degree-all'),
  });
  return { statement, params: { ...params, ...caps(), limit, centerCap: limit } };
}

/** The links between the nodes `$ids` of a neighbourhood around `$id`, with the same arms and caps. */
export function hoodEdges(limit: number, f: During): { statement: Composed; params: Params } {
  const { slots, params } = filterSlots({ since: f.since, until: f.until });
  const block = (name: string, cap: string) => ({ name, slots: { cap: one(cap) } });
  const statement = composeSlots('graph', 'hood-edges', {
    ...slots,
    blocks: {
      fragments: [block('hood-edges-center', 'cap-center'), block('hood-edges-others', 'cap-node')],
      join: '\nUNION ALL\n',
    },
    links: one('hood-edges-links'),
    arms: arms(EDGE_ARMS, 'UNION ALL'),
    degree: one('degree-relations'),
  });
  return { statement, params: { ...params, ...caps(), centerCap: limit } };
}

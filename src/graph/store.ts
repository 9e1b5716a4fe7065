import { compose } from '../neo4j/cypher';
import type { Db } from '../neo4j/db';

/** A range of days a link must overlap to count; either end may be open (null). */
export type During = {
  since: string | null;
  until: string | null;
};

/** One entity-to-entity step of a path, in the path's direction. */
export interface StepRow {
  from: string;
  to: string;
  /** The relationship id (kind RELATIONSHIP) or the shared event's id (kind EVENT). */
  via: string;
  kind: 'RELATIONSHIP' | 'EVENT';
}

export interface PathRow {
  /** Number of steps. */
  length: number;
  /** Number of graph relationships (an event step is two). */
  hops: number;
  steps: StepRow[];
}

export interface GraphNodeRow {
  id: string;
  kind: 'ENTITY' | 'EVENT';
  subkind: string;
  label: string;
  depth: number;
}

export interface GraphEdgeRow {
  id: string;
  source: string;
  target: string;
  kind: 'RELATIONSHIP' | 'PARTICIPATION' | 'PLACE' | 'EVENT_LINK';
  type: string;
  role: string | null;
  /** The relationship id, for kind RELATIONSHIP. */
  relationship: string | null;
}

export interface SubgraphRow {
  center: GraphNodeRow | null;
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
  truncated: boolean;
}

export const EMPTY_SUBGRAPH: SubgraphRow = {
  center: null,
  nodes: [],
  edges: [],
  truncated: false,
};

/** Shortest paths between two entities: one round trip. Arguments are checked by the caller. */
export function connections(
  db: Db,
  args: { source: string; target: string; maxHops: number; first: number } & During,
): Promise<PathRow[]> {
  if (args.source === args.target) return Promise.resolve([]);
  const search = compose(
    'graph',
    ['connections-ends', `connections-hops-${args.maxHops}`],
    [],
    'connections-paths',
  );
  return db.read<PathRow>(search, args);
}

/**
 * The nodes within `depth` of a node (closest first, then by id, at most `limit` with the center)
 * and the links between them: two queries in one read transaction, so one consistent snapshot.
 */
export function neighborhood(
  db: Db,
  args: { id: string; depth: number; limit: number } & During,
): Promise<SubgraphRow> {
  const during: During = { since: args.since, until: args.until };
  return db.readTx(async (tx) => {
    const [found] = await tx.run<{ nodes: GraphNodeRow[]; truncated: boolean }>('graph/neighborhood', args);
    if (!found) return EMPTY_SUBGRAPH;
    const ids = found.nodes.map((n) => n.id);
    const edges = await tx.run<GraphEdgeRow>('graph/neighborhood-edges', { ids, ...during });
    return { ...found, center: found.nodes[0] ?? null, edges };
  });
}

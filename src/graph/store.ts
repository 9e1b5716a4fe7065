import type { Db } from '../neo4j/db';
import type { During } from './args';
import { byCodePoint, type Expansion, type PathSearchRow, searchPaths, type Truncation } from './paths';
import { GRAPH_CAPS, type GraphFilter, hoodEdges, hoodNodes, pathLevel } from './statements';

export type { PathRow, PathSearchRow, StepRow, Truncation } from './paths';

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
  /** Why the subgraph is not all there is within the depth (empty when it is). */
  truncatedBy: Truncation[];
}

export const EMPTY_SUBGRAPH: SubgraphRow = { center: null, nodes: [], edges: [], truncatedBy: [] };

/**
 * Shortest paths between two entities: a bounded bidirectional search, one read transaction of at
 * most `maxHops` round trips (src/graph/paths.ts). Arguments are checked by the caller.
 */
export function connections(
  db: Db,
  args: { source: string; target: string; maxHops: number; first: number } & GraphFilter,
): Promise<PathSearchRow> {
  if (args.source === args.target) return Promise.resolve({ paths: [], truncatedBy: [] });
  const { statement, params } = pathLevel(args);
  return db.readTx((tx) =>
    searchPaths((ids) => tx.run<Expansion>(statement, { ...params, ids }), args, GRAPH_CAPS),
  );
}

const byDepthThenId = (a: GraphNodeRow, b: GraphNodeRow) => a.depth - b.depth || byCodePoint(a.id, b.id);
const bySourceTargetId = (a: GraphEdgeRow, b: GraphEdgeRow) =>
  byCodePoint(a.source, b.source) || byCodePoint(a.target, b.target) || byCodePoint(a.id, b.id);

/** A node as hood sends it: id, whether an entity, kind, label, depth. */
type NodeTuple = [string, boolean, string, string, number];

const nodeRow = ([id, entity, subkind, label, depth]: NodeTuple): GraphNodeRow => ({
  id,
  kind: entity ? 'ENTITY' : 'EVENT',
  subkind,
  label,
  depth,
});

/** A link as hood-edges sends it: source, target, link type, role, type, relationship id. */
type EdgeTuple = [string, string, string, string | null, string | null, string | null];

const EDGE_KINDS: Record<string, GraphEdgeRow['kind']> = {
  RELATION: 'RELATIONSHIP',
  PARTICIPATED_IN: 'PARTICIPATION',
  AT: 'PLACE',
  LINKED: 'EVENT_LINK',
};

/**
 * An edge from its tuple. A relationship is its own id; any other link is named by its ends, its
 * type and its role or type (`event|PARTICIPATED_IN:ACTOR|entity`), which is unique among links.
 */
export function edgeRow([source, target, rel, role, type, relationship]: EdgeTuple): GraphEdgeRow {
  const qualifier = role ?? type;
  return {
    id: relationship ?? `${source}|${rel}${qualifier === null ? '' : `:${qualifier}`}|${target}`,
    source,
    target,
    kind: EDGE_KINDS[rel] ?? 'EVENT_LINK',
    type: type ?? rel,
    role,
    relationship,
  };
}

/**
 * The nodes within `depth` of a node (closest first, then by id, at most `limit` with the center)
 * and the links between them: two statements in one read transaction, so one consistent snapshot.
 */
export function neighborhood(
  db: Db,
  args: { id: string; depth: number; limit: number } & During,
): Promise<SubgraphRow> {
  const nodes = hoodNodes(args.depth, args.limit, args);
  const edges = hoodEdges(args.limit, args);
  return db.readTx(async (tx) => {
    const [hood] = await tx.run<{ nodes: NodeTuple[]; limited: boolean; capped: boolean }>(nodes.statement, {
      ...nodes.params,
      id: args.id,
    });
    if (!hood) return EMPTY_SUBGRAPH;
    const found = hood.nodes.map(nodeRow);
    const ids = found.map((n) => n.id);
    const [links] = await tx.run<{ edges: EdgeTuple[]; cappedEntities: number; cappedEvents: number }>(
      edges.statement,
      {
        ...edges.params,
        id: args.id,
        ids,
      },
    );
    // A link can only be missing next to an event that lists fewer links than it has, or between
    // two entities that both list fewer relationships than they have.
    const capped = hood.capped || (links?.cappedEvents ?? 0) > 0 || (links?.cappedEntities ?? 0) >= 2;
    const truncatedBy: Truncation[] = [];
    if (hood.limited) truncatedBy.push('LIMIT');
    if (capped) truncatedBy.push('DEGREE_CAP');
    return {
      // The center is the first node read, and stays first in depth order (the only one at 0).
      center: found[0] ?? null,
      nodes: found.sort(byDepthThenId),
      edges: (links?.edges ?? []).map(edgeRow).sort(bySourceTargetId),
      truncatedBy,
    };
  });
}

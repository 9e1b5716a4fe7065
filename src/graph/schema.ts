import type { Context } from '../context';
import { type RelationshipRow, relationshipsByIds } from '../entity/store';
import { checkBetween } from '../errors';
import type { EventRow } from '../event/store';
import { requestLoader } from '../loaders';
import { EvidenceMethodEnum } from '../provenance/schema';
import { builder } from '../schema/builder';
import { ParticipantRoleEnum } from '../schema/enums';
import { Entity, Event, Relationship } from '../schema/refs';
import { checkRange, DateRangeInput } from '../timeline/schema';
import { linkLabel, toDuring } from './args';
import { GRAPH_CAPS } from './statements';
import {
  connections,
  type GraphEdgeRow,
  type GraphNodeRow,
  neighborhood,
  type PathRow,
  type PathSearchRow,
  type StepRow,
  type SubgraphRow,
} from './store';

/** Relationships by id, batched per request (paths and subgraphs share it). */
const relationship = async (ctx: Context, id: string): Promise<RelationshipRow> => {
  const loader = requestLoader(ctx, 'graph:relationships', (ids: readonly string[]) =>
    relationshipsByIds(ctx.db, ids),
  );
  const row = await loader.load(id);
  if (!row) throw new Error(`No relationship "${id}"`);
  return row;
};

const { perNode, scan, breadth } = GRAPH_CAPS;

export const TruncationEnum = builder.enumType('Truncation', {
  description: 'Which bound cut a graph answer short: more lies beyond what was returned.',
  values: {
    LIMIT: {
      description:
        'More paths or nodes were found than `first` or `limit` let through (the farthest were left out).',
    },
    DEGREE_CAP: {
      description: `A node has more links than are followed from one node (${perNode}, the center of a neighbourhood up to \`limit\`; at most ${scan} of each kind read before the time and source filters): the rest of a hub's links were not followed.`,
    },
    SEARCH_CAP: {
      description: `A path search reached its bound: more than ${breadth} entities at one step from an end, or too many candidate paths to list.`,
    },
  } as const,
});

export const PathLink = builder.unionType('PathLink', {
  description:
    'What joins the two entities of a path step: a dated relationship, or an event both take part in.',
  types: [Relationship, Event],
  resolveType: (row) => ('valid' in row ? 'Relationship' : 'Event'),
});

export const PathStep = builder.objectRef<StepRow>('PathStep').implement({
  description: 'One step of a path, from one entity to the next, in the direction of the path.',
  fields: (t) => ({
    from: t.field({ type: Entity, description: 'The entity the step starts at.', resolve: (s) => s.from }),
    to: t.field({ type: Entity, description: 'The entity the step leads to.', resolve: (s) => s.to }),
    via: t.field({
      type: PathLink,
      description:
        'The relationship (with `valid` and `evidence`) or the shared event (with `when` and `evidence`) that links them; a relationship may be stored in either direction.',
      resolve: (s, _args, ctx): Promise<RelationshipRow | EventRow> =>
        s.kind === 'RELATIONSHIP' ? relationship(ctx, s.via) : Event.getDataloader(ctx).load(s.via),
    }),
  }),
});

export const Path = builder.objectRef<PathRow>('Path').implement({
  description: 'A chain of entities, each linked to the next by a relationship or a shared event.',
  fields: (t) => ({
    length: t.exposeInt('length', { description: 'How many steps the path has.' }),
    steps: t.field({ type: [PathStep], description: 'The steps, in order.', resolve: (p) => p.steps }),
  }),
});

export const PathSearch = builder.objectRef<PathSearchRow>('PathSearch').implement({
  description:
    "The paths found between two entities, and whether a bound cut the search (paths through hubs are found by following a capped number of each node's links).",
  fields: (t) => ({
    paths: t.field({
      type: [Path],
      description: 'Shortest first, then with the fewest graph links, then by the ids along the path.',
      resolve: (s) => s.paths,
    }),
    truncated: t.boolean({
      description: 'True when a bound cut the answer (`truncatedBy` says which).',
      resolve: (s) => s.truncatedBy.length > 0,
    }),
    truncatedBy: t.field({
      type: [TruncationEnum],
      description: 'The bounds that cut the answer: empty when the paths are all there are within `maxHops`.',
      resolve: (s) => s.truncatedBy,
    }),
  }),
});

export const GraphNodeTypeEnum = builder.enumType('GraphNodeType', {
  description: 'Whether a graph node is an entity or an event.',
  values: ['ENTITY', 'EVENT'] as const,
});

export const GraphEdgeKindEnum = builder.enumType('GraphEdgeKind', {
  description:
    'What a graph edge stands for: a relationship between entities, an entity taking part in an event, an event happening at a place, or a link between events.',
  values: ['RELATIONSHIP', 'PARTICIPATION', 'PLACE', 'EVENT_LINK'] as const,
});

export const GraphNode = builder.objectRef<GraphNodeRow>('GraphNode').implement({
  description: 'A node of a subgraph, flat for graph-drawing clients (cytoscape.js `data`).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The entity or event id.' }),
    label: t.exposeString('label', { description: 'The English name or title (else Arabic, else the id).' }),
    kind: t.field({ type: GraphNodeTypeEnum, description: 'Entity or event.', resolve: (n) => n.kind }),
    subkind: t.exposeString('subkind', {
      description: 'The entity kind (e.g. PERSON) or event kind (e.g. MAKE_PUBLIC_STATEMENT).',
    }),
    depth: t.exposeInt('depth', { description: 'Hops from the center (0 for the center itself).' }),
    entity: t.field({
      type: Entity,
      nullable: true,
      description: 'The entity, when the node is one.',
      resolve: (n) => (n.kind === 'ENTITY' ? n.id : null),
    }),
    event: t.field({
      type: Event,
      nullable: true,
      description: 'The event, when the node is one.',
      resolve: (n) => (n.kind === 'EVENT' ? n.id : null),
    }),
  }),
});

export const GraphEdge = builder.objectRef<GraphEdgeRow>('GraphEdge').implement({
  description: 'A link between two nodes of a subgraph, in its stored direction (cytoscape.js `data`).',
  fields: (t) => ({
    id: t.exposeID('id', {
      description: 'Stable id: the relationship id, else "source|TYPE[:role]|target".',
    }),
    source: t.exposeID('source', { description: 'Id of the node the link starts at.' }),
    target: t.exposeID('target', { description: 'Id of the node the link points to.' }),
    kind: t.field({
      type: GraphEdgeKindEnum,
      description: 'What the link stands for.',
      resolve: (e) => e.kind,
    }),
    type: t.exposeString('type', {
      description:
        'The relationship type (e.g. HOLDS_POSITION_IN), PARTICIPATED_IN, AT, or the event link type (e.g. REFERS_TO).',
    }),
    role: t.field({
      type: ParticipantRoleEnum,
      nullable: true,
      description: 'The part the entity plays, for a PARTICIPATION edge.',
      resolve: (e) => e.role as never,
    }),
    label: t.string({
      description: 'A short English label: "heads", "speaker", "at", "refers to".',
      resolve: (e) => linkLabel(e.kind === 'PLACE' ? 'at' : (e.role ?? e.type)),
    }),
    relationship: t.field({
      type: Relationship,
      nullable: true,
      description: 'The relationship, for a RELATIONSHIP edge.',
      resolve: (e, _args, ctx) => (e.relationship ? relationship(ctx, e.relationship) : null),
    }),
  }),
});

export const Subgraph = builder.objectRef<SubgraphRow>('Subgraph').implement({
  description: 'Entities and events around a node and the links between them, ready to draw.',
  fields: (t) => ({
    center: t.field({
      type: GraphNode,
      nullable: true,
      description: 'The node asked for; null when there is no entity or event with that id.',
      resolve: (g) => g.center,
    }),
    nodes: t.field({
      type: [GraphNode],
      description: 'Nodes, closest first, then by id.',
      resolve: (g) => g.nodes,
    }),
    edges: t.field({
      type: [GraphEdge],
      description: 'Links between the returned nodes.',
      resolve: (g) => g.edges,
    }),
    truncated: t.boolean({
      description:
        'True when more nodes or links lie within the depth than were returned: `limit` cut the farthest, or a hub had more links than are followed (`truncatedBy` says which).',
      resolve: (g) => g.truncatedBy.length > 0,
    }),
    truncatedBy: t.field({
      type: [TruncationEnum],
      description: 'The bounds that cut the subgraph: empty when it is all there is within the depth.',
      resolve: (g) => g.truncatedBy,
    }),
  }),
});

builder.queryFields((t) => ({
  connections: t.field({
    type: PathSearch,
    description:
      "Up to `first` (1..10) shortest paths of at most `maxHops` (1..6) steps between two entities, through relationships and shared events (their participants and place), shortest first; no paths for unknown ids. With `during`, only links whose span overlaps it count, and with `sources` only events stated by evidence obtained those ways. The search follows a capped number of each entity's links, so around hubs it is bounded, and `truncatedBy` says when a bound cut it.",
    args: {
      from: t.arg.id({ required: true, description: 'The entity the paths start at.' }),
      to: t.arg.id({ required: true, description: 'The entity the paths lead to.' }),
      maxHops: t.arg.int({ defaultValue: 4, description: 'Most steps a path may have (1..6).' }),
      first: t.arg.int({ defaultValue: 3, description: 'Most paths to return (1..10).' }),
      during: t.arg({ type: DateRangeInput, description: 'Only links whose span overlaps this range.' }),
      sources: t.arg({
        type: [EvidenceMethodEnum],
        description:
          'Only events stated by evidence obtained these ways (relationships come from curated fact sheets); both when left out.',
      }),
    },
    resolve: (_root, args, ctx) => {
      const maxHops = checkBetween('maxHops', args.maxHops ?? 4, 1, 6);
      const first = checkBetween('first', args.first ?? 3, 1, 10);
      checkRange(args.during, 'during');
      const ends = { source: String(args.from), target: String(args.to) };
      const sources = args.sources?.length ? args.sources : null;
      return connections(ctx.db, { ...ends, maxHops, first, sources, ...toDuring(args.during) });
    },
  }),
  neighborhood: t.field({
    type: Subgraph,
    description:
      'Entities and events within `depth` (1..3) hops of an entity or event, closest first and at most `limit` (1..1000) of them, with the links between them; an empty subgraph for an unknown id. With `during`, only links whose span overlaps it count. The center follows up to `limit` of its links and every other node a capped number, so a hub costs no more than any node; `truncatedBy` says when a bound cut the subgraph.',
    args: {
      id: t.arg.id({ required: true, description: 'The entity or event at the center.' }),
      depth: t.arg.int({ defaultValue: 1, description: 'Most hops from the center (1..3).' }),
      during: t.arg({ type: DateRangeInput, description: 'Only links whose span overlaps this range.' }),
      limit: t.arg.int({
        defaultValue: 200,
        description: 'Most nodes to return, the center included (1..1000).',
      }),
    },
    resolve: (_root, args, ctx) => {
      const depth = checkBetween('depth', args.depth ?? 1, 1, 3);
      const limit = checkBetween('limit', args.limit ?? 200, 1, 1000);
      checkRange(args.during, 'during');
      const params = { id: String(args.id), depth, limit, ...toDuring(args.during) };
      return neighborhood(ctx.db, params);
    },
  }),
}));

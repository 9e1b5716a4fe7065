// The entities and events within a few hops of a node over RELATION, PARTICIPATED_IN, AT and
// LINKED, breadth first: one hood-level per hop (src/graph/statements.ts repeats it). A link counts
// only when it passes the time filters given: a relationship by its own validity, the others by
// their events' spans. Each node follows at most a cap of its links (the center $centerCap, the
// others $perNode) and reads at most $scan of them per kind before the filters, and each level
// stops at $limit + 1 new nodes, so a hub's thousands of links are never all read.
// One row, or none when $id is no entity or event.
MATCH (c:Node {id: $id}) USING INDEX c:Node(id)
WHERE c:Entity OR c:Event
OPTIONAL CALL (c) {
  WITH c AS e
  WHERE e:Entity OR ({{event}})
  RETURN [c] AS open
}
WITH c, coalesce(open, []) AS frontier, [c] AS seen, [] AS levels, false AS capped
{{levels}}
WITH capped,
     reduce(all = [{node: c, depth: 0}], i IN range(0, size(levels) - 1) |
       all + [x IN levels[i] | {node: x, depth: i + 1}]) AS found
// Each node as a short list, [id, whether an entity, kind, label, depth] (src/graph/store.ts makes
// the rows: lists are quicker to send and decode than maps with their keys).
RETURN [k IN found[0..$limit] | [k.node.id, k.node:Entity, k.node.kind,
         coalesce(k.node.name_en, k.node.title_en, k.node.name_ar, k.node.title_ar, k.node.id), k.depth]
       ] AS nodes,
       size(found) > $limit AS limited,
       capped

// The events in each block: linked to every entity of the block's key (the first is the rarest, so
// the expansion starts there) and within one of the block's date windows (disjoint, in order). At
// most $cap + 1 per block, so the caller can tell a block that was cut.
// No label on `o` or on the other entities, on purpose: only events are at the end of these
// relationships, and entities at the other end, so the only plan is to expand from the first
// entity and then from each event. With labels, a plan made on the counts of a half-loaded graph
// could start from an index or scan every entity per event, and took seconds to minutes.
UNWIND $blocks AS b
WITH b, [w IN b.windows | [date(w[0]), date(w[1])]] AS windows
CALL (b, windows) {
  MATCH (x:Entity {id: b.entities[0]})-[:PARTICIPATED_IN|AT]-(o) USING INDEX x:Entity(id)
  WHERE any(w IN windows WHERE o.lo <= w[1] AND o.hi >= w[0])
    AND all(other IN b.entities[1..] WHERE other IN [(o)-[:PARTICIPATED_IN|AT]-(y) | y.id])
  WITH DISTINCT o
  LIMIT $cap + 1
  RETURN collect(o.id) AS events
}
RETURN b.key AS key, events

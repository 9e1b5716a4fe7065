// The events in each block: linked to every entity of the block's key (the first is the rarest, so
// the expansion starts there) and within the block's date window. At most $cap + 1 per block, so
// the caller can tell a block that was cut.
UNWIND $blocks AS b
CALL (b) {
  MATCH (x:Entity {id: b.entities[0]})-[:PARTICIPATED_IN|AT]-(o:Event)
  WHERE o.lo <= date(b.hi) AND o.hi >= date(b.lo)
    AND all(other IN b.entities[1..] WHERE EXISTS { (o)-[:PARTICIPATED_IN|AT]-(:Entity {id: other}) })
  WITH DISTINCT o
  LIMIT $cap + 1
  RETURN collect(o.id) AS events
}
RETURN b.key AS key, events

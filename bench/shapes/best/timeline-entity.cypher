// The first events involving the entity (participant or place) that overlap [from, to], in order.
MATCH (:Entity {id: $entity})-[:PARTICIPATED_IN|AT]-(e:Event)
WHERE e.hi >= date($from) AND e.lo <= date($to)
WITH DISTINCT e ORDER BY e.orderKey ASC LIMIT $limit

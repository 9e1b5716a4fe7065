// The first events of the whole timeline, in order (the order index, read from its start).
MATCH (e:Event)
WHERE e.orderKey IS NOT NULL
WITH e ORDER BY e.orderKey ASC LIMIT $limit

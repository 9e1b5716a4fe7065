// Events involving every one of the entities (ids are distinct, so the count says all).
MATCH (x:Entity)-[:PARTICIPATED_IN|AT]-(e:Event)
WHERE x.id IN $entities
WITH e, count(DISTINCT x) AS hits
WHERE hits = size($entities)
WITH e

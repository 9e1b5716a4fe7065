// Events involving any of the entities (ids are distinct).
MATCH (x:Entity)-[:PARTICIPATED_IN|AT]-(e:Event)
WHERE x.id IN $entities
WITH DISTINCT e

// Involves any of the entities (when another filter is the source).
EXISTS { MATCH (x:Entity)-[:PARTICIPATED_IN|AT]-(e) WHERE x.id IN $entities }

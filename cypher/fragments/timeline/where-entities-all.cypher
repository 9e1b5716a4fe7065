// Involves every one of the entities (when another filter is the source).
all(id IN $entities WHERE EXISTS { MATCH (:Entity {id: id})-[:PARTICIPATED_IN|AT]-(e) })

// Involves the anchor entity (when another filter is the source).
EXISTS { MATCH (:Entity {id: $anchor})-[:PARTICIPATED_IN|AT]-(e) }

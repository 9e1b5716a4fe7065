// Events the anchor entity takes part in or that happen at it (Entity.timeline).
MATCH (:Entity {id: $anchor})-[:PARTICIPATED_IN|AT]-(e:Event)
WITH DISTINCT e

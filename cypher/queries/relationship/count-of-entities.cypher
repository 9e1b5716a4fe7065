// How many relationships each entity of a batch has, with the same filter as relationship/of-entities.
UNWIND $ids AS id
MATCH (x:Entity {id: id}) USING INDEX x:Entity(id)
RETURN id AS entity, COUNT {
  MATCH (x)-[r:RELATION]-(:Entity)
  WHERE ($asOf IS NULL OR (r.lo <= date($asOf) AND r.hi >= date($asOf)))
    AND ($types IS NULL OR r.type IN $types)
} AS n

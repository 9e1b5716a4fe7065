// Relationships of a batch of entities, both directions, optionally valid on a day and of given
// types: at most $first per entity, in validity order (relationship/count-of-entities counts them all).
UNWIND $ids AS id
MATCH (x:Entity {id: id}) USING INDEX x:Entity(id)
CALL (x) {
  MATCH (x)-[r:RELATION]-(:Entity)
  WHERE ($asOf IS NULL OR (r.lo <= date($asOf) AND r.hi >= date($asOf)))
    AND ($types IS NULL OR r.type IN $types)
  RETURN r
  ORDER BY r.lo, r.type, r.id
  LIMIT $first
}
RETURN id AS entity, r.id AS id, r.type AS type, startNode(r).id AS from, endNode(r).id AS to,
       [l IN ['EN', 'AR', 'TR'] WHERE r['title_' + toLower(l)] IS NOT NULL
        | {language: l, value: r['title_' + toLower(l)]}] AS titles,
       CASE WHEN r.edtf IS NULL THEN null ELSE
         {edtf: r.edtf, start: r.start, end: r.end, precision: r.precision, approximate: r.approximate,
          uncertain: r.uncertain, text: r.dateText} END AS valid
ORDER BY entity, r.lo, r.type, r.id

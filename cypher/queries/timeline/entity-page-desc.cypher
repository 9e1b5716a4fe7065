// A page of the timeline of events involving the given entities (any or all of them), descending;
// starts from the entities, which is far cheaper than scanning the timeline for a rare one.
MATCH (x:Entity)-[:PARTICIPATED_IN|AT]-(e:Event)
WHERE x.id IN $entities
WITH e, count(DISTINCT x) AS hits
WHERE ($match = 'ANY' OR hits = size($entities))
  AND e.orderKey < $bound
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($from IS NULL OR e.hi >= date($from))
  AND ($to IS NULL OR e.lo <= date($to))
  AND ($textIds IS NULL OR e.id IN $textIds)
  AND ($articles IS NULL OR EXISTS { MATCH (v:Evidence)-[:SUPPORTS]->(e) WHERE v.article IN $articles })
  AND ($anchor IS NULL OR EXISTS { MATCH (:Entity {id: $anchor})-[:PARTICIPATED_IN|AT]-(e) })
RETURN e.id AS id, e.orderKey AS key, e {.id, .kind, .cameo, .title_en, .title_ar, .title_tr, .summary_en, .summary_ar, .summary_tr,
         .edtf, .start, .end, .precision, .approximate, .uncertain, .dateText} AS event,
       head([(e)-[:AT]->(p:Entity) | p.id]) AS place
ORDER BY e.orderKey DESC
LIMIT $limit

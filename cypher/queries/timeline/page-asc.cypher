// A page of the timeline in ascending order (start, precision, id), after the keyset bound.
MATCH (e:Event)
WHERE e.orderKey > $bound
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($from IS NULL OR e.hi >= date($from))
  AND ($to IS NULL OR e.lo <= date($to))
  AND ($textIds IS NULL OR e.id IN $textIds)
  AND ($articles IS NULL OR EXISTS { MATCH (v:Evidence)-[:SUPPORTS]->(e) WHERE v.article IN $articles })
  AND ($anchor IS NULL OR EXISTS { MATCH (:Entity {id: $anchor})-[:PARTICIPATED_IN|AT]-(e) })
  AND ($entities IS NULL OR
       ($match = 'ALL' AND all(id IN $entities WHERE EXISTS { MATCH (:Entity {id: id})-[:PARTICIPATED_IN|AT]-(e) })) OR
       ($match = 'ANY' AND any(id IN $entities WHERE EXISTS { MATCH (:Entity {id: id})-[:PARTICIPATED_IN|AT]-(e) })))
RETURN e.id AS id, e.orderKey AS key, e {.id, .kind, .cameo, .title_en, .title_ar, .title_tr, .summary_en, .summary_ar, .summary_tr,
         .edtf, .start, .end, .precision, .approximate, .uncertain, .dateText} AS event,
       head([(e)-[:AT]->(p:Entity) | p.id]) AS place
ORDER BY e.orderKey ASC
LIMIT $limit

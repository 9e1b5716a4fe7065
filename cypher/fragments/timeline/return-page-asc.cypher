// A page in timeline order (start, precision, id), with each event's row and place.
RETURN e.id AS id, e.orderKey AS key,
       e {.id, .kind, .cameo, .title_en, .title_ar, .title_tr, .summary_en, .summary_ar, .summary_tr,
          .edtf, .start, .end, .precision, .approximate, .uncertain, .dateText} AS event,
       head([(e)-[:AT]->(p:Entity) | p.id]) AS place
ORDER BY e.orderKey ASC
LIMIT $limit

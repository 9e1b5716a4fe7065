// The page's rows: each event's row and place, and the lists projected before it.
RETURN e.id AS id, e.orderKey AS key,
       e {.id, .kind, .cameo, .title_en, .title_ar, .title_tr, .summary_en, .summary_ar, .summary_tr,
          .edtf, .start, .end, .precision, .approximate, .uncertain, .dateText, .sources} AS event,
       head([(e)-[:AT]->(p:Entity) | p.id]) AS place, participants, evidence
ORDER BY key ASC

// Events for a batch of ids (DataLoader), with the place they happened at.
UNWIND $ids AS id
MATCH (e:Event {id: id}) USING INDEX e:Event(id)
RETURN e {.id, .kind, .cameo, .title_en, .title_ar, .title_tr, .summary_en, .summary_ar, .summary_tr,
         .edtf, .start, .end, .precision, .approximate, .uncertain, .dateText, .sources} AS event,
       head([(e)-[:AT]->(p:Entity) | p.id]) AS place

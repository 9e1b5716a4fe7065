// Entities for a batch of ids (DataLoader); rows come back in any order, the loader re-orders them.
UNWIND $ids AS id
MATCH (e:Entity {id: id}) USING INDEX e:Entity(id)
RETURN e {.id, .kind, .name_en, .name_ar, .name_tr, .aliases, .description_en, .description_ar, .description_tr} AS entity

// Participants of a batch of events, with their roles and their own properties.
UNWIND $ids AS id
MATCH (x:Entity)-[p:PARTICIPATED_IN]->(:Event {id: id})
RETURN id AS event, x.id AS entity, p.role AS role,
       x {.id, .kind, .name_en, .name_ar, .name_tr, .aliases, .description_en, .description_ar, .description_tr} AS props
ORDER BY event, role, entity

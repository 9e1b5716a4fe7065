// Participants of a batch of events, with their roles and their own properties.
UNWIND $ids AS id
MATCH (x:Entity)-[p:PARTICIPATED_IN]->(:Event {id: id})
RETURN id AS event, x.id AS entity, p.role AS role, x {.*} AS props
ORDER BY event, role, entity

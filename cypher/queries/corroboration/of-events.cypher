// The corroboration links of a batch of events, best score first.
UNWIND $ids AS id
MATCH (:Event {id: id})-[c:CORROBORATES]-(o:Event)
RETURN id AS event, o.id AS other, c.score AS score, c.reasons AS reasons,
       c.contradictions AS contradictions, c.status AS status
ORDER BY id, c.score DESC, o.id

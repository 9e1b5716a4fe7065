// The page's rows: each event's id, key, the properties the request selects (in the order of
// $eventProps) and place, and the lists projected before it.
RETURN e.id AS id, e.orderKey AS key, [k IN $eventProps | e[k]] AS event,
       head([(e)-[:AT]->(p:Entity) | p.id]) AS place, participants, evidence
ORDER BY key DESC

// Events for a batch of ids (DataLoader), with the place they happened at.
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e {.*} AS event, head([(e)-[:AT]->(p:Entity) | p.id]) AS place

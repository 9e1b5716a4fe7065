// Entities for a batch of ids (DataLoader); rows come back in any order, the loader re-orders them.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.*} AS entity

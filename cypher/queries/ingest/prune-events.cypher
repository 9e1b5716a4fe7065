// Removes former events of the articles that no evidence supports any more; returns their ids.
UNWIND $ids AS id
MATCH (e:Event {id: id}) USING INDEX e:Event(id)
WHERE NOT EXISTS { MATCH (:Evidence {claim: id, claimKind: 'EVENT'}) }
DETACH DELETE e
RETURN collect(id) AS removed

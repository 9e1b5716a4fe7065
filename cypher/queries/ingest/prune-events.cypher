// Removes the article's former events that no evidence supports any more.
UNWIND $ids AS id
MATCH (e:Event {id: id})
WHERE NOT EXISTS { MATCH (:Evidence {claim: id, claimKind: 'EVENT'}) }
DETACH DELETE e
RETURN count(*) AS removed

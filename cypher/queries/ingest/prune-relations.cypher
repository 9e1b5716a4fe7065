// Removes former relationships of the articles that no evidence supports any more; returns their ids.
UNWIND $ids AS id
MATCH ()-[r:RELATION {id: id}]->()
WHERE NOT EXISTS { MATCH (:Evidence {claim: id, claimKind: 'RELATION'}) }
DELETE r
RETURN collect(id) AS removed

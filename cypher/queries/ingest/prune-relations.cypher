// Removes the article's former relationships that no evidence supports any more.
UNWIND $ids AS id
MATCH ()-[r:RELATION {id: id}]->()
WHERE NOT EXISTS { MATCH (:Evidence {claim: id, claimKind: 'RELATION'}) }
DELETE r
RETURN count(*) AS removed

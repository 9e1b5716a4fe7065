// The events each article of a batch gives evidence for, in timeline order.
UNWIND $ids AS id
MATCH (:Article {id: id})<-[:FROM]-(:Evidence)-[:SUPPORTS]->(e:Event)
WITH DISTINCT id, e
RETURN id AS article, e.id AS event
ORDER BY article, e.sortKey, e.precisionRank, e.id

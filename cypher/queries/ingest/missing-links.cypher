// The links a batch meant to write that the graph does not hold after writing them: an empty
// answer proves that no referent had gone missing between the check and the write.
UNWIND $links AS l
WITH l WHERE NOT CASE l.kind
  WHEN 'publisher' THEN EXISTS { MATCH (:Article {id: l.from})-[:PUBLISHED_BY]->(:Entity {id: l.to}) }
  WHEN 'participant' THEN EXISTS { MATCH (:Entity {id: l.from})-[:PARTICIPATED_IN {role: l.role}]->(:Event {id: l.to}) }
  WHEN 'place' THEN EXISTS { MATCH (:Event {id: l.from})-[:AT]->(:Entity {id: l.to}) }
  WHEN 'related' THEN EXISTS { MATCH (:Event {id: l.from})-[:LINKED {type: l.role}]->(:Event {id: l.to}) }
  WHEN 'relationship' THEN EXISTS { MATCH (:Entity {id: l.from})-[:RELATION {id: l.role}]->(:Entity {id: l.to}) }
  WHEN 'supports' THEN EXISTS { MATCH (:Evidence {id: l.from})-[:SUPPORTS]->(:Event {id: l.to}) }
  WHEN 'attributed' THEN EXISTS { MATCH (:Evidence {id: l.from})-[:ATTRIBUTED_TO]->(:Entity {id: l.to}) }
  ELSE false END
RETURN l.article AS article, l.kind AS kind, l.from AS from, l.to AS to

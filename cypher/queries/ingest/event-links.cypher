// Participants, place and links to other events, each link remembering which articles state it
// (one row per article and event).
UNWIND $events AS x
MATCH (e:Event {id: x.id})
CALL (e, x) {
  UNWIND x.participants AS p
  MATCH (ent:Entity {id: p.entity})
  MERGE (ent)-[r:PARTICIPATED_IN {role: p.role}]->(e)
  SET r.sources = CASE WHEN x.article IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + x.article END
}
CALL (e, x) {
  MATCH (pl:Entity {id: x.place})
  MERGE (e)-[r:AT]->(pl)
  SET r.sources = CASE WHEN x.article IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + x.article END
}
CALL (e, x) {
  UNWIND x.related AS l
  MATCH (o:Event {id: l.event})
  MERGE (e)-[r:LINKED {type: l.type}]->(o)
  SET r.sources = CASE WHEN x.article IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + x.article END
}

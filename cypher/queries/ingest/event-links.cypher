// Participants, place and links to other events, each link remembering which articles state it
// (one row per article and event).
UNWIND $events AS x
MATCH (e:Event {id: x.id}) USING INDEX e:Event(id)
CALL (e, x) {
  UNWIND x.participants AS p
  MATCH (ent:Entity {id: p.entity}) USING INDEX ent:Entity(id)
  MERGE (ent)-[r:PARTICIPATED_IN {role: p.role}]->(e)
  SET r.sources = CASE WHEN x.article IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + x.article END
}
CALL (e, x) {
  MATCH (pl:Entity {id: x.place}) USING INDEX pl:Entity(id)
  MERGE (e)-[r:AT]->(pl)
  SET r.sources = CASE WHEN x.article IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + x.article END
}
CALL (e, x) {
  UNWIND x.related AS l
  MATCH (o:Event {id: l.event}) USING INDEX o:Event(id)
  MERGE (e)-[r:LINKED {type: l.type}]->(o)
  SET r.sources = CASE WHEN x.article IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + x.article END
}

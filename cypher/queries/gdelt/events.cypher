// Writes new GDELT events and newer versions of stored ones (the caller passes only those). A newer
// version replaces the machine-coded participants, place and source evidence of the older one;
// links other sources state stay. `sources` on the event lists the evidence methods behind it.
UNWIND $events AS x
MERGE (e:Node:Event {id: x.id})
SET e += x.props, e.hash = x.hash, e.corroborationPending = x.hash,
    e.edtf = x.span.edtf, e.start = date(x.span.start), e.end = date(x.span.end),
    e.precision = x.span.precision, e.precisionRank = x.span.precisionRank,
    e.approximate = x.span.approximate, e.uncertain = x.span.uncertain, e.dateText = x.span.text,
    e.lo = date(x.span.lo), e.hi = date(x.span.hi), e.sortKey = date(x.span.sortKey),
    e.orderKey = x.span.sortKey + '|' + toString(x.span.precisionRank) + '|' + x.id,
    e.sources = CASE WHEN 'MACHINE_CODED' IN coalesce(e.sources, []) THEN e.sources
                     ELSE coalesce(e.sources, []) + 'MACHINE_CODED' END
WITH e, x
CALL (e) {
  MATCH (e)-[r:PARTICIPATED_IN|AT]-()
  WHERE any(s IN r.sources WHERE s = 'gdelt' OR s STARTS WITH 'gdelt-url-')
  SET r.sources = [s IN r.sources WHERE s <> 'gdelt' AND NOT s STARTS WITH 'gdelt-url-']
  WITH r WHERE size(r.sources) = 0
  DELETE r
}
CALL (e, x) {
  OPTIONAL MATCH (old:Evidence {id: x.id + '/source'}) USING INDEX old:Evidence(id)
  DETACH DELETE old
}
CALL (e, x) {
  UNWIND x.participants AS p
  MATCH (ent:Entity {id: p.entity}) USING INDEX ent:Entity(id)
  MERGE (ent)-[r:PARTICIPATED_IN {role: p.role}]->(e)
  SET r.sources = CASE WHEN x.source IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + x.source END
}
CALL (e, x) {
  MATCH (pl:Entity {id: x.place}) USING INDEX pl:Entity(id)
  MERGE (e)-[r:AT]->(pl)
  SET r.sources = CASE WHEN x.source IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + x.source END
}
CALL (e, x) {
  MATCH (a:Article {id: x.article}) USING INDEX a:Article(id)
  CREATE (v:Evidence {id: x.id + '/source', claim: x.id, claimKind: 'EVENT', article: a.id,
                      method: 'MACHINE_CODED', language: a.language})
  CREATE (v)-[:FROM]->(a)
  CREATE (v)-[:SUPPORTS]->(e)
}

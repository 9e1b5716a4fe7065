// Candidate pairs for a batch of events, blocked: only events that share a participant or the place
// and whose spans come within $days days, at most $perEvent per event, and never two events stated
// by the same article. Returns both sides with what the score needs.
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) {
  MATCH (e)-[:PARTICIPATED_IN|AT]-(:Entity)-[:PARTICIPATED_IN|AT]-(o:Event)
  WHERE o <> e AND o.lo <= e.hi + duration({days: $days}) AND o.hi >= e.lo - duration({days: $days})
  WITH DISTINCT o
  LIMIT $perEvent
  RETURN o
}
WITH e, o,
     [(e)<-[:SUPPORTS]-(v:Evidence) | v.article] AS ea,
     [(o)<-[:SUPPORTS]-(v:Evidence) | v.article] AS oa
WHERE NOT any(x IN ea WHERE x IN oa)
RETURN [e {.id, .kind, .cameo, .edtf, .precision, lo: toString(e.lo), hi: toString(e.hi),
          sources: coalesce(e.sources, ['CURATED']), place: head([(e)-[:AT]->(p:Entity) | p.id]),
          participants: [(e)<-[r:PARTICIPATED_IN]-(x:Entity) | {entity: x.id, role: r.role}],
          articles: ea[0..3]},
        o {.id, .kind, .cameo, .edtf, .precision, lo: toString(o.lo), hi: toString(o.hi),
          sources: coalesce(o.sources, ['CURATED']), place: head([(o)-[:AT]->(p:Entity) | p.id]),
          participants: [(o)<-[r:PARTICIPATED_IN]-(x:Entity) | {entity: x.id, role: r.role}],
          articles: oa[0..3]}] AS sides

// Up to $first shortest paths of at most $maxHops steps between two entities, through
// relationships and shared events (entity -> event -> entity is one step). Only links whose span
// overlaps [$since, $until] count (null ends are open). Quantifier bounds and SHORTEST k must be
// literals in Neo4j 5.26, so one branch per maxHops (1..6) bounds the search at 2 * maxHops
// relationships; only the branch whose guard holds runs. Candidates are the 10 shortest (the most `first` allows) by
// relationship count; paths that repeat a node or exceed $maxHops steps are dropped afterwards.
MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
WHERE a <> b
CALL (a, b) {
  WITH a, b WHERE $maxHops = 1
  MATCH p = SHORTEST 10 (a)((s)-[r:RELATION|PARTICIPATED_IN|AT]-(n:Entity|Event)
    WHERE (NOT r:RELATION OR (($since IS NULL OR r.hi >= date($since)) AND ($until IS NULL OR r.lo <= date($until))))
      AND (NOT n:Event OR (($since IS NULL OR n.hi >= date($since)) AND ($until IS NULL OR n.lo <= date($until))))){1,2}(b)
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 2
  MATCH p = SHORTEST 10 (a)((s)-[r:RELATION|PARTICIPATED_IN|AT]-(n:Entity|Event)
    WHERE (NOT r:RELATION OR (($since IS NULL OR r.hi >= date($since)) AND ($until IS NULL OR r.lo <= date($until))))
      AND (NOT n:Event OR (($since IS NULL OR n.hi >= date($since)) AND ($until IS NULL OR n.lo <= date($until))))){1,4}(b)
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 3
  MATCH p = SHORTEST 10 (a)((s)-[r:RELATION|PARTICIPATED_IN|AT]-(n:Entity|Event)
    WHERE (NOT r:RELATION OR (($since IS NULL OR r.hi >= date($since)) AND ($until IS NULL OR r.lo <= date($until))))
      AND (NOT n:Event OR (($since IS NULL OR n.hi >= date($since)) AND ($until IS NULL OR n.lo <= date($until))))){1,6}(b)
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 4
  MATCH p = SHORTEST 10 (a)((s)-[r:RELATION|PARTICIPATED_IN|AT]-(n:Entity|Event)
    WHERE (NOT r:RELATION OR (($since IS NULL OR r.hi >= date($since)) AND ($until IS NULL OR r.lo <= date($until))))
      AND (NOT n:Event OR (($since IS NULL OR n.hi >= date($since)) AND ($until IS NULL OR n.lo <= date($until))))){1,8}(b)
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 5
  MATCH p = SHORTEST 10 (a)((s)-[r:RELATION|PARTICIPATED_IN|AT]-(n:Entity|Event)
    WHERE (NOT r:RELATION OR (($since IS NULL OR r.hi >= date($since)) AND ($until IS NULL OR r.lo <= date($until))))
      AND (NOT n:Event OR (($since IS NULL OR n.hi >= date($since)) AND ($until IS NULL OR n.lo <= date($until))))){1,10}(b)
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 6
  MATCH p = SHORTEST 10 (a)((s)-[r:RELATION|PARTICIPATED_IN|AT]-(n:Entity|Event)
    WHERE (NOT r:RELATION OR (($since IS NULL OR r.hi >= date($since)) AND ($until IS NULL OR r.lo <= date($until))))
      AND (NOT n:Event OR (($since IS NULL OR n.hi >= date($since)) AND ($until IS NULL OR n.lo <= date($until))))){1,12}(b)
  RETURN p
}
WITH nodes(p) AS ns, relationships(p) AS rs
WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
WITH size(rs) AS hops,
     [i IN range(0, size(ns) - 2) WHERE ns[i]:Entity |
       CASE WHEN ns[i + 1]:Entity
         THEN {from: ns[i].id, to: ns[i + 1].id, via: rs[i].id, kind: 'RELATIONSHIP'}
         ELSE {from: ns[i].id, to: ns[i + 2].id, via: ns[i + 1].id, kind: 'EVENT'} END] AS steps
WHERE size(steps) <= $maxHops
WITH DISTINCT steps, hops
WITH steps, min(hops) AS hops
RETURN size(steps) AS length, hops, steps
ORDER BY length, hops, reduce(key = '', s IN steps | key + s.from + '|' + s.via + '|') + last(steps).to
LIMIT $first

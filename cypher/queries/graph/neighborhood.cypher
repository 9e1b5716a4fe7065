// The entities and events within $depth hops (1..3) of a node over RELATION, PARTICIPATED_IN, AT
// and LINKED, closest first then by id, at most $limit with the center itself (depth 0). A link
// counts only when it overlaps [$since, $until] (null ends are open): a relationship by its own
// validity, participation, place and event links by their events' spans. Each level is one
// breadth-first search (ANY SHORTEST: every node once, at its shortest distance); quantifier
// bounds must be literals, so one search per level, and a level is only searched when $depth
// reaches it and the closer levels left room under $limit (a hub fills it at depth 1). Each level
// keeps at most $limit + 1 nodes (the one past the limit says the answer was truncated), so a hub's
// thousands of neighbours are never collected.
// One row, or none when $id is no entity or event.
MATCH (c:Node {id: $id})
WHERE c:Entity OR c:Event
CALL (c) {
  MATCH p = ANY SHORTEST (c)((s)-[r:RELATION|PARTICIPATED_IN|AT|LINKED]-(n:Entity|Event)
      WHERE (NOT r:RELATION OR (($since IS NULL OR r.hi >= date($since)) AND ($until IS NULL OR r.lo <= date($until))))
        AND (NOT s:Event OR (($since IS NULL OR s.hi >= date($since)) AND ($until IS NULL OR s.lo <= date($until))))
        AND (NOT n:Event OR (($since IS NULL OR n.hi >= date($since)) AND ($until IS NULL OR n.lo <= date($until))))){1,1}(x)
  WHERE x <> c
  WITH x ORDER BY x.id LIMIT $limit + 1
  RETURN collect(x) AS d1
}
CALL (c, d1) {
  WITH c, d1 WHERE $depth >= 2 AND size(d1) < $limit
  MATCH p = ANY SHORTEST (c)((s)-[r:RELATION|PARTICIPATED_IN|AT|LINKED]-(n:Entity|Event)
      WHERE (NOT r:RELATION OR (($since IS NULL OR r.hi >= date($since)) AND ($until IS NULL OR r.lo <= date($until))))
        AND (NOT s:Event OR (($since IS NULL OR s.hi >= date($since)) AND ($until IS NULL OR s.lo <= date($until))))
        AND (NOT n:Event OR (($since IS NULL OR n.hi >= date($since)) AND ($until IS NULL OR n.lo <= date($until))))){1,2}(x)
  WITH c, x, length(p) AS len
  WHERE x <> c AND len = 2
  WITH x ORDER BY x.id LIMIT $limit + 1
  RETURN collect(x) AS d2
}
CALL (c, d1, d2) {
  WITH c, d1, d2 WHERE $depth >= 3 AND size(d1) + size(d2) < $limit
  MATCH p = ANY SHORTEST (c)((s)-[r:RELATION|PARTICIPATED_IN|AT|LINKED]-(n:Entity|Event)
      WHERE (NOT r:RELATION OR (($since IS NULL OR r.hi >= date($since)) AND ($until IS NULL OR r.lo <= date($until))))
        AND (NOT s:Event OR (($since IS NULL OR s.hi >= date($since)) AND ($until IS NULL OR s.lo <= date($until))))
        AND (NOT n:Event OR (($since IS NULL OR n.hi >= date($since)) AND ($until IS NULL OR n.lo <= date($until))))){1,3}(x)
  WITH c, x, length(p) AS len
  WHERE x <> c AND len = 3
  WITH x ORDER BY x.id LIMIT $limit + 1
  RETURN collect(x) AS d3
}
WITH [{node: c, depth: 0}] + [x IN d1 | {node: x, depth: 1}] + [x IN d2 | {node: x, depth: 2}]
     + [x IN d3 | {node: x, depth: 3}] AS found
RETURN [k IN found[0..$limit] | {
         id: k.node.id,
         kind: CASE WHEN k.node:Entity THEN 'ENTITY' ELSE 'EVENT' END,
         subkind: k.node.kind,
         label: coalesce(k.node.name_en, k.node.title_en, k.node.name_ar, k.node.title_ar, k.node.id),
         depth: k.depth
       }] AS nodes,
       size(found) > $limit AS truncated

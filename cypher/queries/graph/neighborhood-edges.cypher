// The links between a set of entities and events (the nodes of a neighbourhood), each once, in
// its stored direction; a link counts only when it overlaps [$since, $until] (null ends are open),
// as in graph/neighborhood.
UNWIND $ids AS id
MATCH (s:Node {id: id})-[r:RELATION|PARTICIPATED_IN|AT|LINKED]->(t:Entity|Event)
WHERE (s:Entity OR s:Event) AND t.id IN $ids
  AND (NOT r:RELATION OR (($since IS NULL OR r.hi >= date($since)) AND ($until IS NULL OR r.lo <= date($until))))
  AND (NOT s:Event OR (($since IS NULL OR s.hi >= date($since)) AND ($until IS NULL OR s.lo <= date($until))))
  AND (NOT t:Event OR (($since IS NULL OR t.hi >= date($since)) AND ($until IS NULL OR t.lo <= date($until))))
WITH s, r, t, type(r) AS rel
RETURN CASE rel WHEN 'RELATION' THEN r.id
         ELSE s.id + '|' + rel + coalesce(':' + coalesce(r.role, r.type), '') + '|' + t.id END AS id,
       s.id AS source,
       t.id AS target,
       CASE rel WHEN 'RELATION' THEN 'RELATIONSHIP' WHEN 'PARTICIPATED_IN' THEN 'PARTICIPATION'
         WHEN 'AT' THEN 'PLACE' ELSE 'EVENT_LINK' END AS kind,
       CASE rel WHEN 'RELATION' THEN r.type WHEN 'LINKED' THEN r.type ELSE rel END AS type,
       CASE rel WHEN 'PARTICIPATED_IN' THEN r.role ELSE null END AS role,
       CASE rel WHEN 'RELATION' THEN r.id ELSE null END AS relationship
ORDER BY source, target, id

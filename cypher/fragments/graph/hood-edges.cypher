// The links between the nodes of a neighbourhood ($ids, its center $id among them), each once, in
// its stored direction, when they pass the same filters as in hood. Events list their links
// (participants, place, event links); entities list only their relationships, since an event has a
// handful of links and a hub entity hundreds of thousands. Each node lists at most as many links of
// a kind as the neighbourhood follows from it (the center $centerCap, the others $perNode), so a
// link can only be missing next to an event that has more (`cappedEvents`) or between two entities
// that both have more relationships (`cappedEntities`).
CALL () {
  {{blocks}}
}
WITH sum(CASE WHEN capped AND NOT event THEN 1 ELSE 0 END) AS cappedEntities,
     sum(CASE WHEN capped AND event THEN 1 ELSE 0 END) AS cappedEvents,
     collect(links) AS lists
CALL (lists) {
  UNWIND lists AS links
  UNWIND links AS link
  WITH link.r AS r, link.y AS y
  WHERE y.id IN $ids
  WITH DISTINCT r
  WITH r, startNode(r) AS s, endNode(r) AS t, type(r) AS rel
  WITH {
         id: CASE rel WHEN 'RELATION' THEN r.id
               ELSE s.id + '|' + rel + coalesce(':' + coalesce(r.role, r.type), '') + '|' + t.id END,
         source: s.id,
         target: t.id,
         kind: CASE rel WHEN 'RELATION' THEN 'RELATIONSHIP' WHEN 'PARTICIPATED_IN' THEN 'PARTICIPATION'
                 WHEN 'AT' THEN 'PLACE' ELSE 'EVENT_LINK' END,
         type: CASE rel WHEN 'RELATION' THEN r.type WHEN 'LINKED' THEN r.type ELSE rel END,
         role: CASE rel WHEN 'PARTICIPATED_IN' THEN r.role ELSE null END,
         relationship: CASE rel WHEN 'RELATION' THEN r.id ELSE null END
       } AS edge
  ORDER BY edge.source, edge.target, edge.id
  RETURN collect(edge) AS edges
}
RETURN cappedEntities, cappedEvents, edges

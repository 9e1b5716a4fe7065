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
  // Each link as a short list: [source, target, type of link, role, type, relationship id]. The
  // edge's id, kind and order are made from these in src/graph/store.ts: a neighbourhood's links
  // are hundreds of rows, and maps with their keys and a long id each took longer to send and
  // decode than to find.
  WITH startNode(r) AS s, endNode(r) AS t, type(r) AS rel, r
  RETURN collect([s.id, t.id, rel, CASE rel WHEN 'PARTICIPATED_IN' THEN r.role END,
                  CASE WHEN rel IN ['RELATION', 'LINKED'] THEN r.type END,
                  CASE rel WHEN 'RELATION' THEN r.id END]) AS edges
}
RETURN cappedEntities, cappedEvents, edges

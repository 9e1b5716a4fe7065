// Exactly the fields the page asks for: the event's own, its participants (role, entity id and
// name) and its evidence (oldest article first), each list one nested subquery. Dates as ISO
// strings, as the API gives them (cheaper for the driver to decode than its date values), and each
// participant and piece of evidence as a short list, as ours sends them (cheaper than maps).
RETURN e.orderKey AS cursor, e.id AS id, e.kind AS kind, e.cameo AS cameo,
       coalesce(e.title_en, e.title_ar, e.title_tr, e.id) AS title,
       e.edtf AS edtf, toString(e.start) AS start, toString(e.end) AS end, e.precision AS precision,
       COLLECT {
         MATCH (x:Entity)-[p:PARTICIPATED_IN]->(e)
         WITH p, x ORDER BY p.role, x.id
         RETURN [p.role, x.id, coalesce(x.name_en, x.name_ar, x.name_tr, x.id)]
       } AS participants,
       COLLECT {
         MATCH (v:Evidence {claim: e.id})-[:FROM]->(a:Article)
         WITH v, a ORDER BY a.published, v.id
         RETURN [v.quote, v.language, v.startOffset, v.endOffset]
       } AS evidence
ORDER BY cursor

// Every entity with the names and aliases it goes by in any language (for matching in article text),
// and the spans of what it governs (a government's period: see src/extract/periods.ts).
MATCH (e:Entity)
OPTIONAL MATCH (e)-[r:RELATION {type: $governs}]->(:Entity)
WITH e, collect(CASE WHEN r.edtf IS NULL THEN null ELSE {start: toString(r.start), end: toString(r.end)} END) AS governs
RETURN e.id AS id, e.kind AS kind, coalesce(e.searchNames, []) AS searchNames, governs
ORDER BY id

// Every entity with the names and aliases it goes by in any language (for matching in article text).
MATCH (e:Entity)
RETURN e.id AS id, e.kind AS kind, coalesce(e.searchNames, []) AS searchNames
ORDER BY id

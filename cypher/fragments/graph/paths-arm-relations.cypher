MATCH (x)-[r:RELATION]-(y)
WITH r, y
LIMIT $scan
WITH r, y
WHERE {{relation}}
WITH r, y
LIMIT $perNode + 1
RETURN [y.id] AS to, r.id AS via, 'RELATIONSHIP' AS kind

MATCH (x:Entity)-[r:RELATION]-(y)
WITH r, y
LIMIT $scan
WITH r, y
WHERE {{relation}}
WITH DISTINCT y
LIMIT $perNode + 1
WITH collect(y) AS ys
RETURN ys[0..$perNode] AS ys, size(ys) > $perNode AS over

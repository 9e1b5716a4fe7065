MATCH (x:Event)-[:LINKED]-(e)
WITH DISTINCT e
LIMIT $scan
WITH e
WHERE {{event}}
WITH e
LIMIT {{cap}} + 1
WITH collect(e) AS ys
RETURN ys[0..{{cap}}] AS ys, size(ys) > {{cap}} AS over

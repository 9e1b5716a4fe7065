MATCH (x:Event)-[:PARTICIPATED_IN|AT]-(y)
WITH DISTINCT y
LIMIT {{cap}} + 1
WITH collect(y) AS ys
RETURN ys[0..{{cap}}] AS ys, size(ys) > {{cap}} AS over

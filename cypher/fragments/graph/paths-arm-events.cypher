MATCH (x)-[:PARTICIPATED_IN|AT]-(e)
WITH DISTINCT e
LIMIT $scan
WITH e
WHERE {{event}}
WITH e
LIMIT $perNode + 1
RETURN COLLECT { MATCH (e)-[:PARTICIPATED_IN|AT]-(y) WHERE y <> x RETURN DISTINCT y.id } AS to,
       e.id AS via,
       'EVENT' AS kind

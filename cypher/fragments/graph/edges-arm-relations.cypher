MATCH (x:Entity)-[r:RELATION]-(y)
WITH r, y
LIMIT $scan
WITH r, y
WHERE {{relation}}
WITH r, y
LIMIT $perNode + 1
WITH collect({r: r, y: y}) AS links
RETURN links[0..$perNode] AS links, size(links) > $perNode AS over

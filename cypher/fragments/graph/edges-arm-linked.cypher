MATCH (x:Event)-[r:LINKED]-(e)
WITH r, e
LIMIT $scan
WITH r, e
WHERE {{event}}
WITH r, e
LIMIT {{cap}} + 1
WITH collect({r: r, y: e}) AS links
RETURN links[0..{{cap}}] AS links, size(links) > {{cap}} AS over

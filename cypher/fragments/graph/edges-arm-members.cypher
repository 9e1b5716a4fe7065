MATCH (x:Event)-[r:PARTICIPATED_IN|AT]-(y)
WITH r, y
LIMIT {{cap}} + 1
WITH collect({r: r, y: y}) AS links
RETURN links[0..{{cap}}] AS links, size(links) > {{cap}} AS over

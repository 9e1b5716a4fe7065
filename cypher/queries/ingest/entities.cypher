// Upserts entities; only changed ones are written. Entities are shared by all articles; each row
// names the article it is reported under.
UNWIND $entities AS x
OPTIONAL MATCH (old:Entity {id: x.id}) USING INDEX old:Entity(id)
WITH x, old.hash AS before
MERGE (e:Node:Entity {id: x.id})
FOREACH (_ IN CASE WHEN before IS NULL OR before <> x.hash THEN [1] ELSE [] END |
  SET e += x.props, e.hash = x.hash)
RETURN x.article AS article,
       CASE WHEN before IS NULL THEN 'created' WHEN before = x.hash THEN 'unchanged' ELSE 'updated' END AS status,
       count(*) AS n

// Upserts relationships between entities with their validity span; only changed ones are written.
UNWIND $relations AS x
MATCH (a:Entity {id: x.from}), (b:Entity {id: x.to}) USING INDEX a:Entity(id) USING INDEX b:Entity(id)
OPTIONAL MATCH ()-[old:RELATION {id: x.id}]->()
WITH x, a, b, old, old.hash AS before
CALL (old, a, b) {
  WITH old WHERE old IS NOT NULL AND (startNode(old) <> a OR endNode(old) <> b)
  DELETE old
}
MERGE (a)-[r:RELATION {id: x.id}]->(b)
FOREACH (_ IN CASE WHEN before IS NULL OR before <> x.hash THEN [1] ELSE [] END |
  SET r += x.props, r.hash = x.hash,
      r.edtf = x.span.edtf, r.start = date(x.span.start), r.end = date(x.span.end),
      r.precision = x.span.precision, r.precisionRank = x.span.precisionRank,
      r.approximate = x.span.approximate, r.uncertain = x.span.uncertain, r.dateText = x.span.text,
      r.lo = date(coalesce(x.span.lo, '0001-01-01')), r.hi = date(coalesce(x.span.hi, '9999-12-31')))
RETURN x.article AS article,
       CASE WHEN before IS NULL THEN 'created' WHEN before = x.hash THEN 'unchanged' ELSE 'updated' END AS status,
       count(*) AS n

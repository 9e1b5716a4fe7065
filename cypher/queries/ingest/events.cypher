// Upserts events with their time span; only changed ones are written. Each row names the article
// it is reported under.
UNWIND $events AS x
OPTIONAL MATCH (old:Event {id: x.id}) USING INDEX old:Event(id)
WITH x, old.hash AS before
MERGE (e:Node:Event {id: x.id})
FOREACH (_ IN CASE WHEN before IS NULL OR before <> x.hash THEN [1] ELSE [] END |
  SET e += x.props, e.hash = x.hash, e.corroborationPending = x.hash,
      e.edtf = x.span.edtf, e.start = date(x.span.start), e.end = date(x.span.end),
      e.precision = x.span.precision, e.precisionRank = x.span.precisionRank,
      e.approximate = x.span.approximate, e.uncertain = x.span.uncertain, e.dateText = x.span.text,
      e.lo = date(x.span.lo), e.hi = date(x.span.hi), e.sortKey = date(x.span.sortKey),
      e.orderKey = x.span.sortKey + '|' + toString(x.span.precisionRank) + '|' + x.id)
RETURN x.article AS article,
       CASE WHEN before IS NULL THEN 'created' WHEN before = x.hash THEN 'unchanged' ELSE 'updated' END AS status,
       count(*) AS n

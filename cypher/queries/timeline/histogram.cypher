// Events per bucket of the given granularity, each in the bucket of its start (an open start counts
// at its end); `coarse` counts those whose span is wider than their bucket.
MATCH (e:Event)
WHERE ($kinds IS NULL OR e.kind IN $kinds)
  AND ($from IS NULL OR e.hi >= date($from))
  AND ($to IS NULL OR e.lo <= date($to))
  AND ($textIds IS NULL OR e.id IN $textIds)
  AND ($articles IS NULL OR EXISTS { MATCH (v:Evidence)-[:SUPPORTS]->(e) WHERE v.article IN $articles })
  AND ($anchor IS NULL OR EXISTS { MATCH (:Entity {id: $anchor})-[:PARTICIPATED_IN|AT]-(e) })
  AND ($entities IS NULL OR
       ($match = 'ALL' AND all(id IN $entities WHERE EXISTS { MATCH (:Entity {id: id})-[:PARTICIPATED_IN|AT]-(e) })) OR
       ($match = 'ANY' AND any(id IN $entities WHERE EXISTS { MATCH (:Entity {id: id})-[:PARTICIPATED_IN|AT]-(e) })))
WITH e, CASE $granularity
          WHEN 'DAY' THEN e.sortKey
          WHEN 'WEEK' THEN date.truncate('week', e.sortKey)
          WHEN 'MONTH' THEN date.truncate('month', e.sortKey)
          ELSE date.truncate('year', e.sortKey) END AS bucket
WITH e, bucket, CASE $granularity
          WHEN 'DAY' THEN bucket
          WHEN 'WEEK' THEN bucket + duration('P6D')
          WHEN 'MONTH' THEN bucket + duration('P1M') - duration('P1D')
          ELSE bucket + duration('P1Y') - duration('P1D') END AS last
RETURN bucket AS start, last AS end, count(e) AS count,
       count(CASE WHEN e.lo < bucket OR e.hi > last THEN 1 END) AS coarse
ORDER BY start

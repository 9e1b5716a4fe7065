// Events per month, each in the bucket of its start (an open start counts at its end); `coarse`
// counts those whose span is wider than their bucket.
WITH e, date.truncate('month', e.sortKey) AS bucket
WITH e, bucket, bucket + duration('P1M') - duration('P1D') AS last
RETURN bucket AS start, last AS end, count(e) AS count,
       count(CASE WHEN e.lo < bucket OR e.hi > last THEN 1 END) AS coarse
ORDER BY start

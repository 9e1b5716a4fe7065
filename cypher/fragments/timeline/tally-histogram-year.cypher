// Events per year, added up from the tallies exactly as return-histogram-year counts the events: each
// tally's events are in the bucket of their start and are coarse when their span is wider than it.
WITH t, date.truncate('year', t.sort) AS bucket
WITH t, bucket, bucket + duration('P1Y') - duration('P1D') AS last
RETURN bucket AS start, last AS end, sum(t.n) AS count,
       sum(CASE WHEN t.lo < bucket OR t.hi > last THEN t.n ELSE 0 END) AS coarse
ORDER BY start

// Events per month of one scope (every event, a kind, an entity) over the events that overlap
// [from, to] (month edges), each in the month of its start, with how many are dated more coarsely
// than their month: added up from the scope's monthly tallies (counting the events reads every one
// of them).
MATCH (t:TimelineTally)
WHERE t.scope = $scope AND t.hi >= date($from) AND t.lo <= date($to)
WITH t.sort AS bucket, t.n AS n, t.lo AS lo, t.hi AS hi
WITH bucket, bucket + duration('P1M') - duration('P1D') AS last, n, lo, hi
RETURN bucket AS start, last AS end, sum(n) AS count,
       sum(CASE WHEN lo < bucket OR hi > last THEN n ELSE 0 END) AS coarse
ORDER BY start

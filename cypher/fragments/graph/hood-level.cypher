// One hop of the neighbourhood: the nodes linked to the frontier and not seen yet, in the order
// the links are read, at most $limit + 2 (enough to tell that $limit was passed). A null row marks
// a frontier node whose links were not all followed. The next frontier is empty once $limit is
// passed.
CALL (frontier, seen) {
  UNWIND frontier AS x
  CALL (x) {
    CALL (x) {
      {{arms}}
    }
    WITH collect(ys) AS lists, collect(over) AS overs
    UNWIND CASE WHEN any(o IN overs WHERE o) OR {{degree}} THEN [null] ELSE [] END
           + reduce(all = [], ys IN lists | all + ys) AS y
    RETURN y
  }
  WITH y
  WHERE y IS NULL OR NOT y IN seen
  WITH DISTINCT y
  LIMIT $limit + 2
  RETURN collect(y) AS next, count(*) > count(y) AS full
}
WITH c,
     CASE WHEN size(seen) + size(next) > $limit THEN [] ELSE next END AS frontier,
     seen + next AS seen,
     levels + [next] AS levels,
     capped OR full AS capped

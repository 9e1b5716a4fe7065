// Brings the timeline tallies up to date for these events (ids written, changed or removed in the
// calling transaction): each event counts once in the total, once in every event's scope, its
// kind's and each entity's it involves (participant or place), under its start day and span. Each
// scope is kept at two grains: per day (scope `all`, `kind:…`, `entity:…`, `total`; start day, lo
// and hi as they are) and per month (the same scopes prefixed `month:`; the first days of their
// months). The event's mark says where it was counted before (its keys in a fixed order, so the
// same event always leaves the same mark); only the difference is written. A total created here
// says `linkKeys`: every event it counts had its links keyed by this statement.
UNWIND $ids AS id
OPTIONAL MATCH (e:Event {id: id}) USING INDEX e:Event(id)
OPTIONAL MATCH (m:TimelineTallyMark {event: id}) USING INDEX m:TimelineTallyMark(event)
WITH id, e, m, coalesce(m.keys, []) AS before,
     CASE WHEN e IS NULL THEN [] ELSE
       ['all', 'kind:' + coalesce(e.kind, '')] + COLLECT { MATCH (x:Entity)-[:PARTICIPATED_IN|AT]-(e) RETURN DISTINCT 'entity:' + x.id AS s ORDER BY s }
     END AS scopes
WITH id, e, m, before, scopes,
     CASE WHEN e IS NULL THEN [] ELSE [
       {grain: '', sort: e.sortKey, lo: e.lo, hi: e.hi},
       {grain: 'month:', sort: date.truncate('month', e.sortKey), lo: date.truncate('month', e.lo),
        hi: date.truncate('month', e.hi)}
     ] END AS grains
WITH id, e, m, before,
     reduce(cells = [], g IN grains | cells + [s IN scopes | {
       key: g.grain + s + '|' + toString(g.sort) + '|' + coalesce(toString(g.lo), '') + '|' + coalesce(toString(g.hi), ''),
       scope: g.grain + s, sort: g.sort, lo: g.lo, hi: g.hi}])
     + [g IN grains | {key: g.grain + 'total', scope: g.grain + 'total'}] AS cells
WITH id, e, m, before, cells, [c IN cells | c.key] AS after
// The event's links get their time keys (src/timeline/link-keys.ts, which defines $classes):
// entity id | span class | order key. A span open at both ends is `other`, open at the end
// `since`, open at the start `until`; a closed one is the first class whose $classes.spanDays
// holds its length in days, else `other`.
CALL (e) {
  WITH e WHERE e IS NOT NULL
  WITH e, CASE
    WHEN e.lo = date('0001-01-01') AND e.hi = date('9999-12-31') THEN $classes.other
    WHEN e.hi = date('9999-12-31') THEN $classes.since
    WHEN e.lo = date('0001-01-01') THEN $classes.until
    ELSE coalesce(
      head([c IN range(0, size($classes.spanDays) - 1) WHERE e.hi <= e.lo + duration({days: $classes.spanDays[c]})]),
      $classes.other)
    END AS class
  MATCH (x:Entity)-[r:PARTICIPATED_IN|AT]-(e)
  WITH r, x.id + '|' + toString(class) + '|' + e.orderKey AS key
  WHERE r.timeKey IS NULL OR r.timeKey <> key
  SET r.timeKey = key
}
CALL (id, e, m, after) {
  WITH * WHERE e IS NOT NULL
  MERGE (mark:TimelineTallyMark {event: id})
  SET mark.keys = after
}
CALL (e, m) {
  WITH * WHERE e IS NULL AND m IS NOT NULL
  DELETE m
}
UNWIND [k IN before WHERE NOT k IN after | {key: k, d: -1, cell: null}]
     + [c IN cells WHERE NOT c.key IN before | {key: c.key, d: 1, cell: c}] AS change
WITH change.key AS key, sum(change.d) AS d, head(collect(change.cell)) AS cell
WHERE d <> 0
ORDER BY key
MERGE (t:TimelineTally {key: key})
ON CREATE SET t.n = 0, t.scope = cell.scope, t.sort = cell.sort, t.lo = cell.lo, t.hi = cell.hi,
              t.linkKeys = CASE WHEN key IN ['total', 'month:total'] THEN true END
SET t.n = t.n + d
WITH t WHERE t.n = 0
DELETE t

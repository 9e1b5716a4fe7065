// The first events involving the entity (participant or place) that overlap [from, to], in order:
// read from the link time keys, at most $limit from each of its key ranges ($streams, one per span
// class, as src/timeline/link-keys.ts gives them), by each kind of link.
UNWIND $streams AS s
CALL (s) {
  MATCH ()-[r:PARTICIPATED_IN]->(e:Event) USING INDEX r:PARTICIPATED_IN(timeKey)
  WHERE r.timeKey > s.after AND r.timeKey < s.before AND e.hi >= date($from) AND e.lo <= date($to)
  WITH DISTINCT e, r.timeKey AS k ORDER BY k ASC LIMIT $limit
  RETURN e
  UNION
  MATCH (e:Event)-[r:AT]->() USING INDEX r:AT(timeKey)
  WHERE r.timeKey > s.after AND r.timeKey < s.before AND e.hi >= date($from) AND e.lo <= date($to)
  WITH DISTINCT e, r.timeKey AS k ORDER BY k ASC LIMIT $limit
  RETURN e
}
WITH DISTINCT e ORDER BY e.orderKey ASC LIMIT $limit

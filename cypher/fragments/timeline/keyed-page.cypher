// A page read from the links' time keys (src/timeline/link-keys.ts): each of $streams is one range
// of keys, one entity's links of one span class in timeline order; each reads at most $limit
// events that pass the filter's predicates, by PARTICIPATED_IN and by AT, and the page
// is the first $limit of them all. Then the lists asked for and the rows, as any page. A graph
// whose links are not all keyed yet adds the row of keyed-unready, and the caller reads the page
// the other way.
UNWIND $streams AS s
CALL (s) {
  MATCH (:Entity)-[r:PARTICIPATED_IN]->(e:Event) USING INDEX r:PARTICIPATED_IN(timeKey)
  WHERE r.timeKey > s.after AND r.timeKey < s.before AND {{where}}
  WITH DISTINCT e, r.timeKey AS k
  {{arm}}
  RETURN e
  UNION
  MATCH (e:Event)-[r:AT]->(:Entity) USING INDEX r:AT(timeKey)
  WHERE r.timeKey > s.after AND r.timeKey < s.before AND {{where}}
  WITH DISTINCT e, r.timeKey AS k
  {{arm}}
  RETURN e
}
WITH DISTINCT e
{{page}}
UNION ALL
{{unready}}

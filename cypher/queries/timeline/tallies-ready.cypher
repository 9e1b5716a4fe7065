// Whether the timeline tallies count every event there is, at both grains (each total tally equals
// the event count).
OPTIONAL MATCH (day:TimelineTally {key: 'total'}) USING INDEX day:TimelineTally(key)
OPTIONAL MATCH (month:TimelineTally {key: 'month:total'}) USING INDEX month:TimelineTally(key)
WITH day, month, COUNT { (:Event) } AS events
RETURN coalesce(day.n = events AND month.n = events, false) AS ready

// Whether the timeline tallies count every event there is, at both grains (each total tally equals
// the event count), and the links of every event are keyed (the day total says `linkKeys`).
OPTIONAL MATCH (day:TimelineTally {key: 'total'}) USING INDEX day:TimelineTally(key)
OPTIONAL MATCH (month:TimelineTally {key: 'month:total'}) USING INDEX month:TimelineTally(key)
WITH day, month, COUNT { (:Event) } AS events
RETURN coalesce(day.n = events AND month.n = events AND day.linkKeys, false) AS ready

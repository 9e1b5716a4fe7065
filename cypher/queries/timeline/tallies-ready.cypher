// Whether the timeline tallies count every event there is (the total tally equals the event count).
OPTIONAL MATCH (total:TimelineTally {key: 'total'}) USING INDEX total:TimelineTally(key)
RETURN coalesce(total.n = COUNT { (:Event) }, false) AS ready

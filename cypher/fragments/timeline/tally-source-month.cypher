// The monthly tallies, when they count every event there is (else nothing: the caller asks the
// daily tallies, then the events).
MATCH (total:TimelineTally {key: 'total:month'}) USING INDEX total:TimelineTally(key) WHERE total.n = COUNT { (:Event) }
MATCH (t:TimelineTally)

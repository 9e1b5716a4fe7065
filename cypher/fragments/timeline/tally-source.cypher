// The tallies of one grain, when its total tally ($total: `total` per day, `month:total` per month)
// counts every event there is (else nothing: the caller asks the events).
MATCH (total:TimelineTally {key: $total}) USING INDEX total:TimelineTally(key) WHERE total.n = COUNT { (:Event) }
MATCH (t:TimelineTally)

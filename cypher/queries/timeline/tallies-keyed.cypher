// After a recount of every event: the totals say its links are all keyed (see tally-events).
MATCH (t:TimelineTally) USING INDEX t:TimelineTally(key)
WHERE t.key IN ['total', 'month:total']
SET t.linkKeys = true

// A row with no id when the links' time keys are not all written (a graph from before them, being
// rekeyed, or events written around the ingest): the tallies' total says so, as it counts every
// event reconciled, and `linkKeys` marks totals counted by the statement that keys the links.
OPTIONAL MATCH (total:TimelineTally {key: 'total'}) USING INDEX total:TimelineTally(key)
WITH total WHERE NOT coalesce(total.n = COUNT { (:Event) } AND total.linkKeys, false)
RETURN null AS id, null AS key, null AS event, null AS place, null AS participants, null AS evidence

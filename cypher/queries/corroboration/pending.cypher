// The events waiting to be compared for corroboration (written since their last comparison).
MATCH (e:Event)
WHERE e.corroborationPending IS NOT NULL
RETURN e.id AS id

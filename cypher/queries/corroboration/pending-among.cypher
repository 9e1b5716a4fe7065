// Those of these events that wait to be compared for corroboration (written since their last
// comparison).
UNWIND $ids AS id
MATCH (e:Event {id: id}) USING INDEX e:Event(id)
WHERE e.corroborationPending IS NOT NULL
RETURN e.id AS id

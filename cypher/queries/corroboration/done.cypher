// Marks events as compared, unless they were written again since they were read ($tokens: the
// pending token each had then), in which case they stay pending for the next comparison.
UNWIND $events AS x
MATCH (e:Event {id: x.id}) USING INDEX e:Event(id)
WHERE e.corroborationPending = x.token
REMOVE e.corroborationPending

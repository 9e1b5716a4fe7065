// Removes the candidate links of events just compared again that are no longer among their best
// ($keep: "a|b" keys of the links being written). Links an analyst reviewed always stay.
UNWIND $ids AS id
MATCH (e:Event {id: id})-[c:CORROBORATES {status: 'CANDIDATE'}]-(o:Event) USING INDEX e:Event(id)
WITH c, CASE WHEN e.id < o.id THEN e.id + '|' + o.id ELSE o.id + '|' + e.id END AS key
WHERE NOT key IN $keep
DELETE c

// Links between events (refers to, part of, follows), seen from each event of the batch.
UNWIND $ids AS id
MATCH (e:Event {id: id})-[l:LINKED]-(other:Event) USING INDEX e:Event(id)
RETURN id AS event, l.type AS type, other.id AS other, startNode(l) = e AS outgoing
ORDER BY event, type, other

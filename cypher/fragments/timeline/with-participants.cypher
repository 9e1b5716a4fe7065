// Each event's participants, with their roles and the properties of their entities the request
// selects, in the order of $entityProps (Event.participants asked for). Each participant leaves as
// a short list, [entity id, role, values]: maps cost more to send and decode, on every row.
WITH *, COLLECT {
  MATCH (x:Entity)-[p:PARTICIPATED_IN]->(e)
  WITH x, p ORDER BY p.role, x.id
  RETURN [x.id, p.role, [k IN $entityProps | x[k]]] AS row
} AS participants

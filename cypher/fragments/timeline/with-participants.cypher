// Each event's participants, with their roles and the properties of their entities the request
// selects, in the order of $entityProps (Event.participants asked for).
WITH *, COLLECT {
  MATCH (x:Entity)-[p:PARTICIPATED_IN]->(e)
  RETURN {entity: x.id, role: p.role, values: [k IN $entityProps | x[k]]} AS row
  ORDER BY row.role, row.entity
} AS participants

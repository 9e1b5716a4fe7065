// Each event's participants, with their roles and their entities' rows (Event.participants asked for).
WITH *, COLLECT {
  MATCH (x:Entity)-[p:PARTICIPATED_IN]->(e)
  RETURN {entity: x.id, role: p.role,
          props: x {.id, .kind, .name_en, .name_ar, .name_tr, .aliases, .description_en, .description_ar, .description_tr}} AS row
  ORDER BY row.role, row.entity
} AS participants

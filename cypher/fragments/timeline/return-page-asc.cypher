// The page's rows: each event's id, key, the properties the request selects (in the order of
// $eventProps), and the place and lists projected before it. Dates go out as ISO strings, which
// is what the API gives: the driver's own date values cost more to decode than the rest of a row.
RETURN e.id AS id, e.orderKey AS key,
       [k IN $eventProps | CASE WHEN e[k] IS :: DATE THEN toString(e[k]) ELSE e[k] END] AS event,
       place, participants, evidence
ORDER BY key ASC

// The next ids, in order after $after, of events and of counted events that may be gone: the ids
// of one batch of a rebuild of the timeline tallies.
CALL () {
  MATCH (e:Event) WHERE e.id > $after
  RETURN e.id AS id ORDER BY id LIMIT $limit
  UNION
  MATCH (m:TimelineTallyMark) WHERE m.event > $after
  RETURN m.event AS id ORDER BY id LIMIT $limit
}
WITH id ORDER BY id LIMIT $limit
RETURN collect(id) AS ids

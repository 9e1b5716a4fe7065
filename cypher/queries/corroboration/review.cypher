// An analyst's verdict on one link; returns nothing when the two events have none.
MATCH (:Event {id: $event})-[c:CORROBORATES]-(o:Event {id: $other}) USING INDEX o:Event(id)
SET c.status = $status, c.reviewedAt = datetime()
RETURN $event AS event, o.id AS other, c.score AS score, c.reasons AS reasons,
       c.contradictions AS contradictions, c.status AS status

// Writes candidate links (from the smaller id to the larger). A new link is a CANDIDATE; an existing
// one keeps the status an analyst gave it and only gets the new score, reasons and contradictions.
UNWIND $links AS l
MATCH (a:Event {id: l.a}), (b:Event {id: l.b}) USING INDEX a:Event(id) USING INDEX b:Event(id)
MERGE (a)-[c:CORROBORATES]->(b)
ON CREATE SET c.status = 'CANDIDATE'
SET c.score = l.score, c.reasons = l.reasons, c.contradictions = l.contradictions

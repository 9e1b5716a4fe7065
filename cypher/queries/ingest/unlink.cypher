// Takes the article off the sources of the participant, place and event links of its former
// events; a link no article supports any more is removed.
UNWIND $events AS id
MATCH (:Event {id: id})-[r:PARTICIPATED_IN|AT|LINKED]-()
WHERE $article IN r.sources
WITH DISTINCT r
SET r.sources = [s IN r.sources WHERE s <> $article]
WITH r
WHERE size(r.sources) = 0
DELETE r

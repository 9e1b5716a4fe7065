// Takes each article off the sources of the participant, place and event links of its former
// events; a link no article supports any more is removed.
UNWIND $pairs AS x
MATCH (:Event {id: x.event})-[r:PARTICIPATED_IN|AT|LINKED]-()
WHERE x.article IN r.sources
SET r.sources = [s IN r.sources WHERE s <> x.article]
WITH DISTINCT r
WHERE size(r.sources) = 0
DELETE r

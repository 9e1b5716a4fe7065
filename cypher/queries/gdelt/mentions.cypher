// One machine-coded evidence node per mention: the sentence, character offsets and confidence
// GDELT gives, no quote. Written again unchanged, it changes nothing.
UNWIND $mentions AS x
MATCH (e:Event {id: x.claim}), (a:Article {id: x.article}) USING INDEX e:Event(id) USING INDEX a:Article(id)
MERGE (v:Evidence {id: x.id})
ON CREATE SET v += x.props, v.claim = x.claim, v.claimKind = 'EVENT', v.article = x.article,
              v.method = 'MACHINE_CODED'
ON MATCH SET v += x.props
MERGE (v)-[:FROM]->(a)
MERGE (v)-[:SUPPORTS]->(e)
WITH DISTINCT e
WHERE NOT 'MACHINE_CODED' IN coalesce(e.sources, [])
SET e.sources = coalesce(e.sources, []) + 'MACHINE_CODED'

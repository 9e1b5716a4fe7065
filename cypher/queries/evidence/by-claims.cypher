// Evidence for a batch of claims (event or relationship ids), oldest article first.
UNWIND $claims AS claim
MATCH (v:Evidence {claim: claim})-[:FROM]->(a:Article) USING INDEX v:Evidence(claim)
RETURN claim, v.id AS id, a.id AS article, v.quote AS quote, v.startOffset AS startOffset,
       v.endOffset AS endOffset, v.language AS language, v.attributedTo AS attributedTo,
       coalesce(v.method, 'CURATED') AS method, v.sentence AS sentence, v.actor1Offset AS actor1Offset,
       v.actor2Offset AS actor2Offset, v.actionOffset AS actionOffset, v.confidence AS confidence
ORDER BY claim, a.published, v.id

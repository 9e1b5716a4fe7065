// Evidence for a batch of claims (event or relationship ids), oldest article first.
UNWIND $claims AS claim
MATCH (v:Evidence {claim: claim})-[:FROM]->(a:Article)
RETURN claim, v.id AS id, a.id AS article, v.quote AS quote, v.startOffset AS startOffset,
       v.endOffset AS endOffset, v.language AS language, v.attributedTo AS attributedTo
ORDER BY claim, a.published, v.id

// The articles' evidence (CURATED: a verified quote): one node per quoted span, linked to the article, the event it supports
// and the entity the claim is attributed to.
UNWIND $evidence AS x
MATCH (a:Article {id: x.article}) USING INDEX a:Article(id)
CREATE (v:Evidence {id: x.id, claim: x.claim, claimKind: x.claimKind, article: x.article, quote: x.quote,
                    startOffset: x.startOffset, endOffset: x.endOffset, language: x.language,
                    attributedTo: x.attributedTo, method: 'CURATED'})
CREATE (v)-[:FROM]->(a)
WITH v, x
CALL (v, x) {
  MATCH (s:Entity {id: x.attributedTo}) USING INDEX s:Entity(id)
  CREATE (v)-[:ATTRIBUTED_TO]->(s)
}
CALL (v, x) {
  MATCH (e:Event {id: x.claim}) USING INDEX e:Event(id) WHERE x.claimKind = 'EVENT'
  CREATE (v)-[:SUPPORTS]->(e)
  SET e.sources = CASE WHEN 'CURATED' IN coalesce(e.sources, []) THEN e.sources ELSE coalesce(e.sources, []) + 'CURATED' END
}

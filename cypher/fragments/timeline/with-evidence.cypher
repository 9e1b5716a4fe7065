// Each event's evidence, oldest article first (Event.evidence asked for).
WITH *, COLLECT {
  MATCH (v:Evidence {claim: e.id})-[:FROM]->(a:Article)
  WITH v, a ORDER BY a.published, v.id
  RETURN {claim: e.id, id: v.id, article: a.id, quote: v.quote, startOffset: v.startOffset,
          endOffset: v.endOffset, language: v.language, attributedTo: v.attributedTo,
          method: coalesce(v.method, 'CURATED'), sentence: v.sentence, actor1Offset: v.actor1Offset,
          actor2Offset: v.actor2Offset, actionOffset: v.actionOffset, confidence: v.confidence} AS row
} AS evidence

// Removes every piece of evidence the articles gave before, returning the claims each supported.
UNWIND $articles AS article
OPTIONAL MATCH (v:Evidence {article: article}) USING INDEX v:Evidence(article)
WITH article, collect(v) AS vs,
     collect(DISTINCT CASE v.claimKind WHEN 'EVENT' THEN v.claim END) AS events,
     collect(DISTINCT CASE v.claimKind WHEN 'RELATION' THEN v.claim END) AS relations
FOREACH (v IN vs | DETACH DELETE v)
RETURN article, events, relations

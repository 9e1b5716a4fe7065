// Removes every piece of evidence the article gave before, returning the claims it supported.
OPTIONAL MATCH (v:Evidence {article: $article})
WITH collect(v) AS vs,
     collect(DISTINCT CASE v.claimKind WHEN 'EVENT' THEN v.claim END) AS events,
     collect(DISTINCT CASE v.claimKind WHEN 'RELATION' THEN v.claim END) AS relations
FOREACH (v IN vs | DETACH DELETE v)
RETURN events, relations

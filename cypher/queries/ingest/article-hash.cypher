// The content hash of the article's sheet as last loaded (null when never loaded).
OPTIONAL MATCH (a:Article {id: $id})
RETURN a.hash AS hash

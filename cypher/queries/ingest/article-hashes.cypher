// The content hash of each article's sheet as last loaded (null when never loaded).
UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
RETURN id, a.hash AS hash

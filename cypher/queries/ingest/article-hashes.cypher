// The content hash of each article's sheet as last loaded (null when never loaded).
UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id}) USING INDEX a:Article(id)
RETURN id, a.hash AS hash

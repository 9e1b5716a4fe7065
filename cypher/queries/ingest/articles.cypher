// Upserts articles and their publisher links.
UNWIND $articles AS x
MERGE (a:Node:Article {id: x.id})
SET a += x.props, a.published = date(x.props.published), a.hash = x.hash
WITH a, x
CALL (a) {
  OPTIONAL MATCH (a)-[old:PUBLISHED_BY]->()
  DELETE old
}
MATCH (p:Entity {id: x.publisher}) USING INDEX p:Entity(id)
CREATE (a)-[:PUBLISHED_BY]->(p)

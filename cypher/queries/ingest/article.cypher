// Upserts the article and its publisher link.
MERGE (a:Node:Article {id: $id})
SET a += $props, a.published = date($props.published), a.hash = $hash
WITH a
CALL (a) {
  OPTIONAL MATCH (a)-[old:PUBLISHED_BY]->()
  DELETE old
}
MATCH (p:Entity {id: $publisher})
CREATE (a)-[:PUBLISHED_BY]->(p)

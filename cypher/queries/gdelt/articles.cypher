// Articles GDELT names (an event's SOURCEURL, a mention's identifier), each with its outlet; an
// article already in the graph is left as it is.
UNWIND $articles AS x
MERGE (a:Node:Article {id: x.id})
ON CREATE SET a += x.props, a.published = date(x.props.published)
WITH a, x
WHERE NOT EXISTS { (a)-[:PUBLISHED_BY]->() }
MATCH (p:Entity {id: x.publisher}) USING INDEX p:Entity(id)
CREATE (a)-[:PUBLISHED_BY]->(p)

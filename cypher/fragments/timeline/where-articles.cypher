// Stated by one of these articles.
EXISTS { MATCH (v:Evidence)-[:SUPPORTS]->(e) WHERE v.article IN $articles }

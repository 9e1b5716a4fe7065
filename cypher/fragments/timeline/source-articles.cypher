// Events these articles give evidence for (the evidence's article index, whatever the graph's size).
MATCH (v:Evidence)-[:SUPPORTS]->(e:Event)
USING INDEX v:Evidence(article)
WHERE v.article IN $articles
WITH DISTINCT e

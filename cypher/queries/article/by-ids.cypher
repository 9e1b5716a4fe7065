// Articles for a batch of ids (DataLoader).
UNWIND $ids AS id
MATCH (a:Article {id: id})-[:PUBLISHED_BY]->(p:Entity) USING INDEX a:Article(id)
RETURN a.id AS id, a.url AS url, a.text AS text, a.language AS language, a.published AS published, p.id AS publisher,
       [l IN ['EN', 'AR', 'TR'] WHERE a['title_' + toLower(l)] IS NOT NULL
        | {language: l, value: a['title_' + toLower(l)]}] AS titles

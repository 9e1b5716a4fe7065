// Relationships for a batch of ids (DataLoader).
UNWIND $ids AS id
MATCH (a:Entity)-[r:RELATION {id: id}]->(b:Entity)
RETURN r.id AS id, r.type AS type, a.id AS from, b.id AS to,
       [l IN ['EN', 'AR', 'TR'] WHERE r['title_' + toLower(l)] IS NOT NULL
        | {language: l, value: r['title_' + toLower(l)]}] AS titles,
       CASE WHEN r.edtf IS NULL THEN null ELSE
         {edtf: r.edtf, start: r.start, end: r.end, precision: r.precision, approximate: r.approximate,
          uncertain: r.uncertain, text: r.dateText} END AS valid

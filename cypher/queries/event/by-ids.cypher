// Events for a batch of ids (DataLoader).
UNWIND $ids AS id
MATCH (e:Event {id: id})
OPTIONAL MATCH (e)-[:AT]->(place:Entity)
WITH e, head(collect(place.id)) AS place
RETURN e.id AS id, e.kind AS kind, e.cameo AS cameo,
       [l IN ['EN', 'AR', 'TR'] WHERE e['title_' + toLower(l)] IS NOT NULL
        | {language: l, value: e['title_' + toLower(l)]}] AS titles,
       [l IN ['EN', 'AR', 'TR'] WHERE e['summary_' + toLower(l)] IS NOT NULL
        | {language: l, value: e['summary_' + toLower(l)]}] AS summaries,
       {edtf: e.edtf, start: e.start, end: e.end, precision: e.precision, approximate: e.approximate,
        uncertain: e.uncertain, text: e.dateText} AS when,
       place

// Entities for a batch of ids (DataLoader); rows come back in any order, the loader re-orders them.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.kind AS kind,
       [l IN ['EN', 'AR', 'TR'] WHERE e['name_' + toLower(l)] IS NOT NULL
        | {language: l, value: e['name_' + toLower(l)]}] AS names,
       coalesce(e.aliases, []) AS aliases,
       [l IN ['EN', 'AR', 'TR'] WHERE e['description_' + toLower(l)] IS NOT NULL
        | {language: l, value: e['description_' + toLower(l)]}] AS descriptions

// Each entity the import would create, resolved: itself when it exists, else a curated entity of
// the same kind that has one of its folded names among its names and aliases, else null.
UNWIND $entities AS x
OPTIONAL MATCH (own:Entity {id: x.id})
RETURN x.id AS id,
       CASE WHEN own IS NOT NULL THEN own.id
            ELSE head(COLLECT {
              MATCH (e:Entity {kind: x.kind})
              WHERE NOT e.id STARTS WITH 'gdelt-' AND any(n IN x.match WHERE n IN e.foldedNames)
              RETURN e.id ORDER BY e.id
            }) END AS resolved

// Creates the entities no existing one stands for. An entity the import created earlier gains the
// new names it is given (at most 20), so an actor code seen under several names finds them all.
UNWIND $entities AS x
MERGE (e:Node:Entity {id: x.id})
ON CREATE SET e += x.props
WITH e, x, [i IN range(0, size(x.props.foldedNames) - 1) WHERE NOT x.props.foldedNames[i] IN e.foldedNames] AS fresh
WHERE size(fresh) > 0 AND size(e.foldedNames) < 20
SET e.searchNames = e.searchNames + [i IN fresh | x.props.searchNames[i]],
    e.foldedNames = e.foldedNames + [i IN fresh | x.props.foldedNames[i]],
    e.aliases = coalesce(e.aliases, []) + [i IN fresh | x.props.searchNames[i]]
SET e.searchText = reduce(s = '', n IN e.foldedNames | s + CASE s WHEN '' THEN '' ELSE ' | ' END + n)

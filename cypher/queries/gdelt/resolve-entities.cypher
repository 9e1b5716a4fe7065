// Each entity the import would create, resolved: itself when it exists, else a curated entity of
// the same kind that has one of its folded names among its names and aliases, else null. The
// full-text index proposes the curated entities ($lucene: the folded names as phrases), so the
// cost does not grow with the number of entities of that kind; the names are then compared exactly.
UNWIND $entities AS x
OPTIONAL MATCH (own:Entity {id: x.id}) USING INDEX own:Entity(id)
OPTIONAL CALL (x, own) {
  WITH x WHERE own IS NULL AND x.lucene <> ''
  CALL db.index.fulltext.queryNodes('entity_search', x.lucene, {limit: 50}) YIELD node
  WHERE node.kind = x.kind AND NOT node.id STARTS WITH 'gdelt-' AND any(n IN x.match WHERE n IN node.foldedNames)
  RETURN node.id AS curated
  ORDER BY curated
  LIMIT 1
}
RETURN x.id AS id, coalesce(own.id, curated) AS resolved

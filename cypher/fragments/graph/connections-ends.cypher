// Paths between two entities: up to 10 candidates of at most 2 * maxHops relationships (an
// entity -> event -> entity step is two), then shaped by connections-paths. Quantifier bounds and
// SHORTEST k must be literals in Neo4j 5.26: connections-hops-<maxHops> holds the search for each
// bound, and only the one asked for is planned and run. Only links whose span overlaps
// [$since, $until] count (null ends are open).
MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
WHERE a <> b

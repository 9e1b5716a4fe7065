// What each id is in the graph already: 'Entity', 'Event', 'Article', or null when unknown.
UNWIND $ids AS id
OPTIONAL MATCH (n:Node {id: id}) USING INDEX n:Node(id)
RETURN id, [l IN labels(n) WHERE l IN ['Entity', 'Event', 'Article']][0] AS kind

// Ids of events whose title or summary matches the (folded) text, best first, bounded.
CALL db.index.fulltext.queryNodes('event_text', $query) YIELD node, score
RETURN node.id AS id
ORDER BY score DESC
LIMIT $cap

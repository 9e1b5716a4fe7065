// Entity search as one statement: the same candidates and ranking as the API's, and the fields
// the shape asks for (id, kind, name) read in the same statement.
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WITH node, score
LIMIT $candidates
UNWIND range(0, size(node.foldedNames) - 1) AS i
WITH node, score, i, node.foldedNames[i] AS name, split(node.foldedNames[i], ' ') AS words
WITH node, score, i, name, [q IN $words |
  CASE
    WHEN q IN words THEN 3.0
    WHEN any(w IN words WHERE w STARTS WITH q) THEN 2.0
    ELSE reduce(best = 0.0, c IN [w IN words |
        toFloat(size([k IN range(1, size(q)) WHERE left(q, k) = left(w, k)])
          + size([k IN range(1, size(q)) WHERE right(q, k) = right(w, k)])) / (size(q) + size(w))] |
      CASE WHEN c > best THEN c ELSE best END)
  END] AS perWord
WITH node, score, i, name,
     CASE
       WHEN name = $folded THEN 4
       WHEN all(x IN perWord WHERE x = 3.0) THEN 3
       WHEN all(x IN perWord WHERE x >= 2.0) THEN 2
       ELSE 1
     END AS tier,
     reduce(sum = 0.0, x IN perWord | sum + x) AS closeness
ORDER BY tier DESC, closeness DESC, size(name), i
WITH node, score, collect({i: i, tier: tier})[0] AS best
WITH node, best.tier + score / (score + 1.0) AS score, node.searchNames[best.i] AS matched
ORDER BY score DESC, node.id
LIMIT $first
RETURN node.id AS id, node.kind AS kind, coalesce(node.name_en, node.name_ar, node.name_tr, node.id) AS name,
       matched, score

// Entity search. The full-text index finds the candidates (analyzed, prefix and fuzzy terms over the
// folded names and aliases); each candidate's folded names are then compared with the folded query
// words to rank it: 4 a name equals the query, 3 every query word is a whole word of one name,
// 2 every query word is a whole word or a word prefix of one name, 1 anything else the index matched
// (typos, stems). Within a tier the name closest to the query (per word: shared prefix and suffix;
// then the shorter name) is reported as matched. Score = tier + a fraction from the index score.
// Each hit carries its entity's properties (as entity/by-ids reads them), so a search is one round trip.
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
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
WITH node, node.searchNames[best.i] AS matched, best.tier + score / (score + 1.0) AS score
ORDER BY score DESC, node.id
LIMIT $first
RETURN node.id AS id, matched, score,
       node {.id, .kind, .name_en, .name_ar, .name_tr, .aliases, .description_en, .description_ar, .description_tr} AS entity

// Each event's evidence, oldest article first, with the properties the request selects, in the
// order of $evidenceProps (Event.evidence asked for). Each leaves as a short list, [evidence id,
// article id, values], as participants do.
WITH *, COLLECT {
  MATCH (v:Evidence {claim: e.id})-[:FROM]->(a:Article) USING INDEX v:Evidence(claim)
  WITH v, a ORDER BY a.published, v.id
  RETURN [v.id, a.id, [k IN $evidenceProps | v[k]]] AS row
} AS evidence

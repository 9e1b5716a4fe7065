// Candidates that repeat a node or exceed $maxHops steps are dropped; each path becomes its
// entity-to-entity steps (a relationship, or an event both take part in), shortest first.
WITH nodes(p) AS ns, relationships(p) AS rs
WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
WITH size(rs) AS hops,
     [i IN range(0, size(ns) - 2) WHERE ns[i]:Entity |
       CASE WHEN ns[i + 1]:Entity
         THEN {from: ns[i].id, to: ns[i + 1].id, via: rs[i].id, kind: 'RELATIONSHIP'}
         ELSE {from: ns[i].id, to: ns[i + 2].id, via: ns[i + 1].id, kind: 'EVENT'} END] AS steps
WHERE size(steps) <= $maxHops
WITH DISTINCT steps, hops
WITH steps, min(hops) AS hops
RETURN size(steps) AS length, hops, steps
ORDER BY length, hops, reduce(key = '', s IN steps | key + s.from + '|' + s.via + '|') + last(steps).to
LIMIT $first

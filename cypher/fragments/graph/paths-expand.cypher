// One level of the path search between two entities: for each entity of $ids, its links to next
// entities, through a relationship or through an event both take part in (one arm each, filled in
// by src/graph/statements.ts). Each arm follows at most $perNode relationships or events and reads
// at most $scan of the entity's links before its filters, so a hub costs no more than any other
// entity. `capped` says the entity has links that were not followed.
UNWIND $ids AS id
MATCH (x:Entity {id: id}) USING INDEX x:Entity(id)
CALL (x) {
  CALL (x) {
    {{arms}}
  }
  RETURN collect({to: to, via: via, kind: kind}) AS links
}
WITH id, x, [l IN links WHERE l.kind = 'RELATIONSHIP'] AS relations, [l IN links WHERE l.kind = 'EVENT'] AS events
RETURN id,
       relations[0..$perNode] + events[0..$perNode] AS links,
       size(relations) > $perNode OR size(events) > $perNode OR {{degree}} AS capped

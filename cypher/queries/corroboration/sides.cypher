// What the corroboration score needs of each event, and the degree of each entity it involves (how
// many events and places it is linked to), so blocking can tell common entities from rare ones.
UNWIND $ids AS id
MATCH (e:Event {id: id}) USING INDEX e:Event(id)
RETURN e {.id, .kind, .cameo, .edtf, .precision, lo: toString(e.lo), hi: toString(e.hi),
          sources: coalesce(e.sources, ['CURATED']), place: head([(e)-[:AT]->(p:Entity) | p.id]),
          participants: [(e)<-[r:PARTICIPATED_IN]-(x:Entity) | {entity: x.id, role: r.role}],
          articles: COLLECT { MATCH (e)<-[:SUPPORTS]-(v:Evidence) RETURN DISTINCT v.article }} AS side,
       e.corroborationPending AS token,
       [(e)-[:PARTICIPATED_IN|AT]-(x:Entity) | {entity: x.id, degree: COUNT { (x)-[:PARTICIPATED_IN|AT]-() }}]
         AS degrees

// How each piece of evidence was obtained: CURATED (a fact sheet's verified quote) or MACHINE_CODED
// (GDELT). Evidence written before this migration came from fact sheets, and so did its events.
CREATE RANGE INDEX evidence_method IF NOT EXISTS FOR (v:Evidence) ON (v.method);
MATCH (v:Evidence) WHERE v.method IS NULL SET v.method = 'CURATED';
MATCH (e:Event) WHERE e.sources IS NULL AND EXISTS { (:Evidence)-[:SUPPORTS]->(e) } SET e.sources = ['CURATED'];

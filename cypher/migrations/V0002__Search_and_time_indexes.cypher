// Entity search: one full-text index over the folded names and aliases in every language
// (the `arabic` analyzer normalises and stems Arabic; Latin text is folded before indexing).
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
// Free-text filter of the timeline over event titles and summaries.
CREATE FULLTEXT INDEX event_text IF NOT EXISTS FOR (e:Event) ON EACH [e.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
// Timeline order: orderKey is "<span start>|<precision rank>|<id>", so one string orders events by
// start, then precision (finer first), then id, and serves as the keyset cursor.
CREATE RANGE INDEX event_order IF NOT EXISTS FOR (e:Event) ON (e.orderKey);
CREATE RANGE INDEX event_lo IF NOT EXISTS FOR (e:Event) ON (e.lo);
CREATE RANGE INDEX event_hi IF NOT EXISTS FOR (e:Event) ON (e.hi);
CREATE RANGE INDEX event_kind IF NOT EXISTS FOR (e:Event) ON (e.kind);
CREATE RANGE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);
// Evidence is found by the claim it supports and by its article.
CREATE RANGE INDEX evidence_claim IF NOT EXISTS FOR (v:Evidence) ON (v.claim);
CREATE RANGE INDEX evidence_article IF NOT EXISTS FOR (v:Evidence) ON (v.article);
CREATE RANGE INDEX relation_type IF NOT EXISTS FOR ()-[r:RELATION]-() ON (r.type);

// Timeline tallies: how many events each scope (every event, a kind, an entity) has with a given
// start day and span, kept up to date by every write of events (src/timeline/tallies.ts), so that
// histograms add up tallies instead of reading every event. A mark per event remembers which
// tallies count it, so a change or a removal takes it off exactly those.
CREATE CONSTRAINT timeline_tally_key IF NOT EXISTS FOR (t:TimelineTally) REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT timeline_tally_mark_event IF NOT EXISTS FOR (m:TimelineTallyMark) REQUIRE m.event IS UNIQUE;
CREATE RANGE INDEX timeline_tally_scope_hi IF NOT EXISTS FOR (t:TimelineTally) ON (t.scope, t.hi);
CREATE RANGE INDEX timeline_tally_scope IF NOT EXISTS FOR (t:TimelineTally) ON (t.scope);

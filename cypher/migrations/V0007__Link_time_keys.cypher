// Link time keys: every link between an entity and an event carries `timeKey` (entity id | span
// class | the event's order key, see src/timeline/link-keys.ts), kept by the same statement as the
// timeline tallies, so that one entity's timeline is read a page at a time from these indexes in
// timeline order, however many events the entity has. A graph from before them is keyed by the
// tallies' recount at start-up (its totals lack `linkKeys`); pages read the events until then.
CREATE RANGE INDEX link_time_participated IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.timeKey);
CREATE RANGE INDEX link_time_at IF NOT EXISTS FOR ()-[r:AT]-() ON (r.timeKey);

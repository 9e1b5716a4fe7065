// The tallies of these scopes (every event, kinds, or one entity: no event is in two of them).
t.scope IN $scopes

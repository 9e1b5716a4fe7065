// Events written since they were last compared for corroboration carry the token of their write
// in `corroborationPending`; the comparison clears it. A run that stops in between (a crash, a
// kill) leaves the token, so the next run compares those events too.
CREATE RANGE INDEX event_corroboration_pending IF NOT EXISTS FOR (e:Event) ON (e.corroborationPending);

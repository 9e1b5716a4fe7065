// Event.evidence not asked for.
WITH *, null AS evidence

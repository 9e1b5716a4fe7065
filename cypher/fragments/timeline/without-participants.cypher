// Event.participants not asked for.
WITH *, null AS participants

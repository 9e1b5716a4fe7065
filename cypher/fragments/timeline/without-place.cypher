// Event.place not asked for.
WITH *, null AS place

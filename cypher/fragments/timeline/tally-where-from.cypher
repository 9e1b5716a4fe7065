// Overlaps [from, …]: the span ends on or after from.
t.hi >= date($from)

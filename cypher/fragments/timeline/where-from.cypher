// Overlaps [from, …]: the span ends on or after from.
e.hi >= date($from)

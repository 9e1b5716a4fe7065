// Overlaps […, to]: the span starts on or before to.
t.lo <= date($to)

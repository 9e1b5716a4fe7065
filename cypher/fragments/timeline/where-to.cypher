// Overlaps […, to]: the span starts on or before to.
e.lo <= date($to)

// Only these kinds.
e.kind IN $kinds

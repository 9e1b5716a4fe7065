e.hi >= date($since)

r.hi >= date($since)

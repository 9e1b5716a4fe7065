r.lo <= date($until)

e.lo <= date($until)

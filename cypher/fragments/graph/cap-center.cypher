$centerCap

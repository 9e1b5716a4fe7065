COUNT { (x)-[:RELATION]-() } > $scan

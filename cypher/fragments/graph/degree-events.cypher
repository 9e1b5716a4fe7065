COUNT { (x)-[:PARTICIPATED_IN|AT]-() } > $scan

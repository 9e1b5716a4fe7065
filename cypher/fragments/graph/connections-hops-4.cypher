// At most 4 step(s): 8 relationships.
MATCH p = SHORTEST 10 (a)((s)-[r:RELATION|PARTICIPATED_IN|AT]-(n:Entity|Event)
  WHERE (NOT r:RELATION OR (($since IS NULL OR r.hi >= date($since)) AND ($until IS NULL OR r.lo <= date($until))))
    AND (NOT n:Event OR (($since IS NULL OR n.hi >= date($since)) AND ($until IS NULL OR n.lo <= date($until))))){1,8}(b)

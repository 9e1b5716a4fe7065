// Every event: the planner starts from the index that serves the predicates or the order.
MATCH (e:Event)

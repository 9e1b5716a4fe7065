MATCH (x:Node {id: $id})
WHERE x:Entity OR x:Event
{{links}}

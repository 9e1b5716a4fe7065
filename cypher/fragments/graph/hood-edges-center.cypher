MATCH (x:Node {id: $id}) USING INDEX x:Node(id)
WHERE x:Entity OR x:Event
{{links}}

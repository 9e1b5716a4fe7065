UNWIND $ids AS id
MATCH (x:Node {id: id}) USING INDEX x:Node(id)
WHERE id <> $id AND (x:Entity OR x:Event)
{{links}}

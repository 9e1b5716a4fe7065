UNWIND $ids AS id
MATCH (x:Node {id: id})
WHERE id <> $id AND (x:Entity OR x:Event)
{{links}}

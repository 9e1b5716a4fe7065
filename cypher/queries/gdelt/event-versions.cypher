// The stored version (DATEADDED) and content hash of each GDELT event, null when not in the graph.
UNWIND $ids AS id
OPTIONAL MATCH (e:Event {id: id}) USING INDEX e:Event(id)
RETURN id, e.gdeltAdded AS added, e.hash AS hash

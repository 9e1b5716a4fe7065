// Which of these event ids are in the graph.
UNWIND $ids AS id
MATCH (e:Event {id: id}) USING INDEX e:Event(id)
RETURN collect(id) AS found

// Is this document in the graph?
// :param document => 'document:000_fe5daf6d9d2304cf'
MATCH (d:Document:Node {id: $document})
RETURN count(d) > 0 AS exists

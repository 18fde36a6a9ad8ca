// Second half of removing a document: nodes no other document supports are deleted.
// Example parameters:
// :param document => 'document:000_fe5daf6d9d2304cf'
MATCH (n:Node)
WHERE $document IN n.sources
SET n.sources = [source IN n.sources WHERE source <> $document]
WITH n WHERE size(n.sources) = 0
DETACH DELETE n
RETURN count(*) AS removed

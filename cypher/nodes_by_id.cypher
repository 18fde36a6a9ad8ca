// Nodes by id (batched: the API asks for every node of a GraphQL level at once).
// :param ids => ['challenge:explainability', 'industry:finance']
MATCH (n:Node)
WHERE n.id IN $ids
RETURN n {.*} AS node

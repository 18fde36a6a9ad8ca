// Every node, for exports.
MATCH (n:Node)
RETURN n {.*} AS node
ORDER BY n.id

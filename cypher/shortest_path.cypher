// A shortest path of at most $maxHops relations between two nodes, ignoring direction.
// :param from => 'trend:green-computing'
// :param to => 'industry:healthcare'
// :param maxHops => 4
MATCH (a:Node {id: $from})
MATCH (b:Node {id: $to})
MATCH p = shortestPath((a)-[*..8]-(b))
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n {.*}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, relation: r {.*}}] AS relations

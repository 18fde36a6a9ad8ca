// The relations touching some nodes, optionally of one type, in a direction from them (OUT, IN, BOTH).
// :param ids => ['challenge:explainability']
// :param type => 'AFFECTS'
// :param direction => 'OUT'
MATCH (a:Node)-[r]->(b:Node)
WHERE ($type IS NULL OR type(r) = $type)
  AND (($direction IN ['OUT', 'BOTH'] AND a.id IN $ids) OR ($direction IN ['IN', 'BOTH'] AND b.id IN $ids))
RETURN type(r) AS type, a.id AS from, b.id AS to, r {.*} AS relation

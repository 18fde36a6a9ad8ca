// Every relationship, for exports.
MATCH (a:Node)-[r]->(b:Node)
RETURN type(r) AS type, a.id AS from, b.id AS to, r {.*} AS relation

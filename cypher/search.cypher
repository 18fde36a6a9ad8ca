// Nodes whose name, English name, alias or key contains the text (any script); the API ranks them.
// (concept_names, the cjk full-text index of schema.cypher, serves Neo4j Browser users the same way.)
// :param text => '解释'
// :param kinds => null
MATCH (n:Node)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND any(name IN [n.name, n.key, coalesce(n.nameEn, '')] + coalesce(n.aliases, []) WHERE toLower(name) CONTAINS toLower($text))
RETURN n {.*} AS node

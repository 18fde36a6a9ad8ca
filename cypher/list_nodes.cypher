// A page of nodes of one kind, in id order, with the filters of the GraphQL lists. With
// affects = ids of industries this is the finance-or-healthcare question (see resolve_names.cypher).
// :param kind => 'CHALLENGE'
// :param affects => ['industry:finance', 'industry:healthcare']
// :param mitigates => null
// :param mitigatedBy => null
// :param nameContains => null
// :param keys => null
// :param document => null
// :param after => null
// :param first => 50
MATCH (n:Node)
WHERE n.kind = $kind
  AND ($document IS NULL OR n.documentId = $document)
  AND ($keys IS NULL OR n.key IN $keys OR n.id IN $keys)
  AND ($nameContains IS NULL OR any(name IN [n.name, n.key, coalesce(n.nameEn, '')] + coalesce(n.aliases, [])
       WHERE toLower(name) CONTAINS toLower($nameContains)))
  AND ($affects IS NULL OR EXISTS { MATCH (n)-[:AFFECTS]->(industry:Node) WHERE industry.id IN $affects })
  AND ($mitigates IS NULL OR EXISTS { MATCH (n)-[:MITIGATES]->(challenge:Node) WHERE challenge.id IN $mitigates })
  AND ($mitigatedBy IS NULL OR EXISTS { MATCH (mitigator:Node)-[:MITIGATES]->(n) WHERE mitigator.id IN $mitigatedBy })
WITH n ORDER BY n.id
WITH collect(n) AS matching
RETURN size(matching) AS total,
       [node IN [candidate IN matching WHERE $after IS NULL OR candidate.id > $after][0..$first + 1] | node {.*}] AS page

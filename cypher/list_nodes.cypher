// A page of nodes of one kind with the filters of the GraphQL lists, ranked. With affects = ids of
// industries this is the finance-or-healthcare question (see resolve_names.cypher), most-reported first:
// `documents` and `evidence` count the documents and sentences of the relations a relationship filter
// matched (the reports saying the challenge affects finance), else those naming the node. $order is ID,
// NAME, DOCUMENTS or EVIDENCE; ties go by id. The cursor is keyset: the last row's rank ($afterRank, a
// number or a name) and id ($after).
// :param kind => 'CHALLENGE'
// :param affects => ['industry:finance', 'industry:healthcare']
// :param affectsAll => null
// :param mitigates => null
// :param mitigatedBy => null
// :param nameContains => null
// :param keys => null
// :param document => null
// :param documents => null
// :param language => null
// :param order => 'DOCUMENTS'
// :param descending => true
// :param after => null
// :param afterRank => null
// :param first => 50
MATCH (n:Node)
WHERE n.kind = $kind
  AND ($document IS NULL OR n.documentId = $document)
  AND ($keys IS NULL OR n.key IN $keys OR n.id IN $keys)
  AND ($nameContains IS NULL OR any(name IN [n.name, n.key, coalesce(n.nameEn, '')] + coalesce(n.aliases, [])
       WHERE toLower(name) CONTAINS toLower($nameContains)))
  AND ($documents IS NULL OR any(source IN n.sources WHERE source IN $documents))
  AND ($language IS NULL OR EXISTS { MATCH (d:Node) WHERE d.id IN n.sources AND toLower(d.language) = toLower($language) })
  AND ($affects IS NULL OR EXISTS { MATCH (n)-[:AFFECTS]->(industry:Node) WHERE industry.id IN $affects })
  AND ($affectsAll IS NULL OR all(industries IN $affectsAll WHERE EXISTS { MATCH (n)-[:AFFECTS]->(industry:Node) WHERE industry.id IN industries }))
  AND ($mitigates IS NULL OR EXISTS { MATCH (n)-[:MITIGATES]->(challenge:Node) WHERE challenge.id IN $mitigates })
  AND ($mitigatedBy IS NULL OR EXISTS { MATCH (mitigator:Node)-[:MITIGATES]->(n) WHERE mitigator.id IN $mitigatedBy })
WITH n,
     COLLECT { MATCH (n)-[r:AFFECTS]->(industry:Node)
               WHERE industry.id IN coalesce($affects, []) + reduce(ids = [], industries IN coalesce($affectsAll, []) | ids + industries) RETURN r }
   + COLLECT { MATCH (n)-[r:MITIGATES]->(challenge:Node) WHERE challenge.id IN coalesce($mitigates, []) RETURN r }
   + COLLECT { MATCH (mitigator:Node)-[r:MITIGATES]->(n) WHERE mitigator.id IN coalesce($mitigatedBy, []) RETURN r } AS matched
WITH n, $affects IS NOT NULL OR $affectsAll IS NOT NULL OR $mitigates IS NOT NULL OR $mitigatedBy IS NOT NULL AS byRelations, matched
WITH n,
     CASE WHEN byRelations
          THEN size(reduce(documents = [], document IN reduce(all = [], r IN matched | all + r.evidenceDocument)
                           | CASE WHEN document IN documents THEN documents ELSE documents + document END))
          ELSE size(coalesce(n.sources, [])) END AS documents,
     CASE WHEN byRelations
          THEN reduce(total = 0, r IN matched | total + size(r.evidenceSentence))
          ELSE reduce(total = 0, count IN COLLECT { MATCH (n)-[m:MENTIONED_IN]->() RETURN size(m.evidenceSentence) } | total + count) END AS evidence
WITH n, CASE $order WHEN 'DOCUMENTS' THEN documents WHEN 'EVIDENCE' THEN evidence ELSE 0 END AS rank
ORDER BY CASE WHEN $order = 'NAME' AND NOT $descending THEN n.name END ASC,
         CASE WHEN $order = 'NAME' AND $descending THEN n.name END DESC,
         CASE WHEN $descending THEN -rank ELSE rank END ASC,
         n.id ASC
WITH collect({node: n, rank: rank}) AS matching
RETURN size(matching) AS total,
       [row IN [candidate IN matching WHERE $after IS NULL
               OR (CASE WHEN $order = 'NAME'
                        THEN CASE WHEN $descending THEN candidate.node.name < $afterRank ELSE candidate.node.name > $afterRank END
                        WHEN $order IN ['DOCUMENTS', 'EVIDENCE']
                        THEN CASE WHEN $descending THEN candidate.rank < toInteger($afterRank) ELSE candidate.rank > toInteger($afterRank) END
                        ELSE false END)
               OR ((CASE WHEN $order = 'NAME' THEN candidate.node.name = $afterRank
                         WHEN $order IN ['DOCUMENTS', 'EVIDENCE'] THEN candidate.rank = toInteger($afterRank)
                         ELSE true END) AND candidate.node.id > $after)][0..$first + 1]
        | {node: properties(row.node), rank: row.rank}] AS page

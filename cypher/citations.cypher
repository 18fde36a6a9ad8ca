// Who cites a reference, with the citing sentences (for Neo4j Browser; the API asks relations_of.cypher).
// :param reference => 'reference:agent_原理'
MATCH (citer:Node)-[r:CITES]->(ref:Reference {id: $reference})
RETURN citer.kind AS kind, citer.name AS citer, r.evidenceSentence AS sentences

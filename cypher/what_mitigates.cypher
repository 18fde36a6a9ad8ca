// What mitigates a challenge, and the sentences that say so (for Neo4j Browser; the API asks relations_of.cypher).
// :param challenge => 'challenge:compute-cost'
MATCH (mitigator:Node)-[r:MITIGATES]->(c:Challenge {id: $challenge})
RETURN mitigator.name AS mitigator, mitigator.kind AS kind, r.confidence AS confidence, r.evidenceSentence AS evidence

// A page of the evidence of some nodes' outgoing relations of one type (MENTIONED_IN: the sentences that
// name each node), relation after relation by the far end's id, and each node's total. Only the page leaves
// the server, however many reports name the node.
// :param ids => ['challenge:explainability']
// :param type => 'MENTIONED_IN'
// :param skip => 0
// :param take => 5
MATCH (n:Node)-[r]->(m:Node)
WHERE n.id IN $ids AND type(r) = $type
WITH n, r, m ORDER BY m.id
WITH n, collect(r) AS relations
WITH n, reduce(all = [], r IN relations | all + [i IN range(0, size(r.evidenceSentence) - 1) |
       {document: r.evidenceDocument[i], section: r.evidenceSection[i], sentence: r.evidenceSentence[i],
        start: r.evidenceStart[i], end: r.evidenceEnd[i], page: coalesce(r.evidencePage[i], 0)}]) AS evidence
RETURN n.id AS id, size(evidence) AS total, evidence[$skip..$skip + $take] AS page

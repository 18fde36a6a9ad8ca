// Adds one document's relations of one type (run by the API in the document's transaction). Evidence
// lives on the relationship as parallel lists, one entry per sentence (evidencePage 0: no page); `sources` and `confidences` have
// one entry per document. __TYPE__ is replaced by the relation type (MITIGATES, AFFECTS, …) from the
// API's own list, never by user input: relationship types cannot be parameters in MERGE.
// Example parameters:
// :param document => 'document:000_fe5daf6d9d2304cf'
// :param rows => [{from: 'challenge:explainability', to: 'industry:finance', confidence: 0.8, evidenceDocument: ['document:000_fe5daf6d9d2304cf'], evidenceSection: ['section:000_fe5daf6d9d2304cf/2.3'], evidenceSentence: ['…尤其在医疗、金融等高风险行业。'], evidenceStart: [781], evidenceEnd: [815], evidencePage: [0]}]
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:__TYPE__]->(b)
// evidencePage first: a relationship stored before pages were kept gets a 0 for each of its sentences.
SET r.evidencePage = coalesce(r.evidencePage, [x IN coalesce(r.evidenceDocument, []) | 0]) + row.evidencePage,
    r.sources = coalesce(r.sources, []) + $document,
    r.confidences = coalesce(r.confidences, []) + row.confidence,
    r.evidenceDocument = coalesce(r.evidenceDocument, []) + row.evidenceDocument,
    r.evidenceSection = coalesce(r.evidenceSection, []) + row.evidenceSection,
    r.evidenceSentence = coalesce(r.evidenceSentence, []) + row.evidenceSentence,
    r.evidenceStart = coalesce(r.evidenceStart, []) + row.evidenceStart,
    r.evidenceEnd = coalesce(r.evidenceEnd, []) + row.evidenceEnd
SET r.confidence = reduce(highest = 0.0, confidence IN r.confidences | CASE WHEN confidence > highest THEN confidence ELSE highest END)

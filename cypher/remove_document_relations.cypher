// First half of removing (or replacing) a document: its evidence leaves every relationship, and a
// relationship no other document supports is deleted.
// Example parameters:
// :param document => 'document:000_fe5daf6d9d2304cf'
MATCH (:Node)-[r]->(:Node)
WHERE $document IN r.sources
WITH r,
     [i IN range(0, size(r.evidenceDocument) - 1) WHERE r.evidenceDocument[i] <> $document] AS evidence,
     [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> $document] AS kept
SET r.evidenceDocument = [i IN evidence | r.evidenceDocument[i]],
    r.evidenceSection = [i IN evidence | r.evidenceSection[i]],
    r.evidenceSentence = [i IN evidence | r.evidenceSentence[i]],
    r.evidenceStart = [i IN evidence | r.evidenceStart[i]],
    r.evidenceEnd = [i IN evidence | r.evidenceEnd[i]],
    r.evidencePage = [i IN evidence | coalesce(r.evidencePage[i], 0)],
    r.confidences = [i IN kept | r.confidences[i]],
    r.sources = [i IN kept | r.sources[i]]
SET r.confidence = reduce(highest = 0.0, confidence IN r.confidences | CASE WHEN confidence > highest THEN confidence ELSE highest END)
WITH r WHERE size(r.sources) = 0
DELETE r

// Adds one document's nodes (run by the API in the document's transaction).
// Every node gets :Node plus its kind's labels; `sources` lists the documents that support it. The
// document first by id gives the properties, so the result does not depend on import order.
// Example parameters:
// :param document => 'document:000_fe5daf6d9d2304cf'
// :param rows => [{id: 'industry:finance', labels: ['Industry', 'Concept'], aliases: ['金融业'], props: {id: 'industry:finance', kind: 'INDUSTRY', key: 'finance', name: '金融', nameEn: 'finance'}}]
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
WITH n, row, coalesce(n.sources, []) AS before
SET n += CASE WHEN size(before) = 0 OR all(source IN before WHERE $document <= source) THEN row.props ELSE {} END,
    n.aliases = reduce(aliases = coalesce(n.aliases, []), alias IN row.aliases | CASE WHEN alias IN aliases THEN aliases ELSE aliases + alias END),
    n.sources = CASE WHEN $document IN before THEN before ELSE before + $document END
SET n:$(row.labels)

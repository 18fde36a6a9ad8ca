// The impact matrix: every node of one kind (CHALLENGE or TREND) with the industries it AFFECTS and the
// relation's evidence. The API ranks rows and columns by the documents that say so and keeps the first few.
// :param kind => 'CHALLENGE'
MATCH (row:Node)-[r:AFFECTS]->(column:Node)
WHERE row.kind = $kind AND column.kind = 'INDUSTRY'
WITH row, collect({column: properties(column), relation: properties(r)}) AS affects
RETURN properties(row) AS row, affects

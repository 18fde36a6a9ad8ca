// KnowledgeGraph schema for Neo4j 5.26+: unique ids per label and a full-text index over concept
// names. Idempotent (IF NOT EXISTS); the service runs one statement per request, before any data.

// Every node also carries :Node, so a lookup by id needs no label.
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.kind);
CREATE CONSTRAINT trend_id IF NOT EXISTS FOR (n:Trend) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT challenge_id IF NOT EXISTS FOR (n:Challenge) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industry_id IF NOT EXISTS FOR (n:Industry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT technology_id IF NOT EXISTS FOR (n:Technology) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT reference_id IF NOT EXISTS FOR (n:Reference) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (n:Section) REQUIRE n.id IS UNIQUE;

// The cjk analyzer indexes Chinese as bigrams, so 可解释 finds 可解释性不足. (Aliases are a list; list
// properties in full-text indexes are documented only for recent 5.x, so they stay out until checked.)
// Try it in Browser: CALL db.index.fulltext.queryNodes('concept_names', '解释') YIELD node, score RETURN node.name, score
CREATE FULLTEXT INDEX concept_names IF NOT EXISTS
FOR (n:Concept|Reference) ON EACH [n.name, n.nameEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };

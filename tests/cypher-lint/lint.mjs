// Reads [{ name, text }] as JSON on stdin and writes [{ name, errors: [{ message, line, column }] }]: what
// Neo4j's Cypher parser and semantic analysis say of each statement. Without a database there are no
// parameter values, so "Parameter $x is not defined" is expected and left out.
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const statements = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const results = statements.map(({ name, text }) => ({
  name,
  errors: lintCypherQuery(text, {}).diagnostics
    .filter((diagnostic) => !/^Parameter \$\w+ is not defined\.$/.test(diagnostic.message))
    .map((diagnostic) => ({ message: diagnostic.message, line: diagnostic.range.start.line + 1, column: diagnostic.range.start.character + 1, severity: diagnostic.severity })),
}));
process.stdout.write(JSON.stringify(results));

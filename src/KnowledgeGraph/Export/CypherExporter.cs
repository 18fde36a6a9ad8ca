using System.Text;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Export;

/// <summary>
/// A script of MERGE statements, one per line and each ending in <c>;</c>, that loads the graph into a
/// Neo4j prepared with <c>cypher/schema.cypher</c> (<c>cypher-shell -f</c>, or pasted into Neo4j Browser).
/// Re-running it changes nothing: every statement merges on the unique <c>id</c>.
/// </summary>
public sealed class CypherExporter : IGraphExporter
{
    public async Task WriteAsync(Subgraph graph, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        await writer.WriteAsync(Script(graph).AsMemory(), cancellationToken);
    }

    public static string Script(Subgraph graph)
    {
        var script = new StringBuilder("// KnowledgeGraph export: run after cypher/schema.cypher\n");
        foreach (var node in graph.Nodes)
        {
            // Merged on :Node like the Neo4j store does, so the API can serve a graph loaded this way.
            script.Append("MERGE (n:Node {id: ").Append(CypherLiteral.String(node.Id)).Append("}) SET n:").Append(GraphProperties.Labels(node.Kind))
                .Append(" SET n += ").Append(CypherLiteral.Map(GraphProperties.Of(node))).Append(";\n");
        }
        foreach (var relation in graph.Relations)
        {
            script.Append("MATCH (a:Node {id: ").Append(CypherLiteral.String(relation.From))
                .Append("}) MATCH (b:Node {id: ").Append(CypherLiteral.String(relation.To))
                .Append("}) MERGE (a)-[r:").Append(relation.Type.ToUpperName()).Append("]->(b) SET r += ")
                .Append(CypherLiteral.Map(GraphProperties.Of(relation))).Append(";\n");
        }
        return script.ToString();
    }
}

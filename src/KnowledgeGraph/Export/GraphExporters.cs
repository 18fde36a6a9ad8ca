namespace KnowledgeGraph.Export;

public static class GraphExporters
{
    public static IGraphExporter For(ExportFormat format) => format switch
    {
        ExportFormat.Json => new JsonExporter(),
        ExportFormat.Cypher => new CypherExporter(),
        ExportFormat.GraphML => new GraphMLExporter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown export format"),
    };
}

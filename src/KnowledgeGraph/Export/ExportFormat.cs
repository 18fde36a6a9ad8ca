namespace KnowledgeGraph.Export;

public enum ExportFormat
{
    Json,
    Cypher,
    GraphML,
}

using KnowledgeGraph.Store;

namespace KnowledgeGraph.Export;

/// <summary>Writes a whole graph in one file format.</summary>
public interface IGraphExporter
{
    Task WriteAsync(Subgraph graph, Stream output, CancellationToken cancellationToken);
}

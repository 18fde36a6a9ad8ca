using KnowledgeGraph.Graph;
using QuikGraph;

namespace KnowledgeGraph.Store.Embedded;

/// <summary>A relation of the embedded store; also an edge of the QuikGraph view that paths are searched on.</summary>
internal sealed class RelationEntry(RelationKey key) : Contributed<Relation>, IEdge<string>
{
    public RelationKey Key { get; } = key;

    public string Source => Key.From;

    public string Target => Key.To;

    protected override Relation Merge(IList<Relation> byDocument) => Contributions.MergeRelations(byDocument);
}

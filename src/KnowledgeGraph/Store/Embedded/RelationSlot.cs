using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Embedded;

/// <summary>A relation of the embedded store: its ends as node slots and its contributions.</summary>
internal struct RelationSlot(RelationEnds ends)
{
    public readonly RelationEnds Ends = ends;
    public Contributed<Relation> Contributions;

    public Relation Merged => Contributions.Merged(Store.Contributions.MergeRelations);
}

/// <summary>A relation's identity inside the embedded store: its type and its ends' node slots (ints hash fast).</summary>
internal readonly record struct RelationEnds(RelationType Type, int From, int To);

using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Embedded;

/// <summary>
/// A relation of the embedded store: its type and ends as node slots, and what each document says of it.
/// The <see cref="Relation"/> objects the API reads are made from these when first asked for: the importer's
/// own relation objects are not kept, one object fewer per relation for the collector to carry.
/// </summary>
internal struct RelationSlot(RelationEnds ends)
{
    public readonly RelationEnds Ends = ends;
    public Contributed<RelationContribution> Contributions;
    // Written by readers (same value from any of them: a benign race), emptied by the writer.
    private Relation? _merged;

    public Relation Merged(string from, string to) => _merged ??= Merge(Ends.Type, from, to, Contributions.InDocumentOrder());

    private static Relation Merge(RelationType type, string from, string to, IList<RelationContribution> byDocument) =>
        byDocument.Count == 1
            ? byDocument[0].ToRelation(type, from, to)
            : Store.Contributions.MergeRelations([.. byDocument.Select(contribution => contribution.ToRelation(type, from, to))]);

    public bool Set(string document, Relation relation)
    {
        _merged = null;
        return Contributions.Set(document, new RelationContribution(relation.Confidence, relation.Evidence));
    }

    public void Remove(string document)
    {
        _merged = null;
        Contributions.Remove(document);
    }
}

/// <summary>A relation's identity inside the embedded store: its type and its ends' node slots (ints hash fast).</summary>
internal readonly record struct RelationEnds(RelationType Type, int From, int To);

/// <summary>What one document says of a relation.</summary>
internal readonly record struct RelationContribution(double Confidence, IReadOnlyList<Evidence> Evidence)
{
    public Relation ToRelation(RelationType type, string from, string to) => new(type, from, to, Confidence, Evidence);
}

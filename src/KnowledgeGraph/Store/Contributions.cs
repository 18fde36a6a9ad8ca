using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store;

/// <summary>
/// How the contributions of several documents to one node or relation merge: the document first by id
/// gives the base (so the result does not depend on import order), aliases are united, a relation's
/// evidence is every document's evidence and its confidence the highest one.
/// </summary>
public static class Contributions
{
    public static GraphNode MergeNodes(IList<GraphNode> byDocument)
    {
        var first = byDocument[0];
        if (byDocument.Count == 1)
        {
            return first;
        }
        return first with
        {
            Aliases = [.. byDocument.SelectMany(node => node.Aliases.Prepend(node.Name)).Where(alias => alias != first.Name).Distinct()],
            Description = byDocument.Select(node => node.Description).FirstOrDefault(description => description is not null),
            NameEn = byDocument.Select(node => node.NameEn).FirstOrDefault(name => name is not null),
            DocumentCount = byDocument.Count,
        };
    }

    public static Relation MergeRelations(IList<Relation> byDocument) => byDocument.Count == 1
        ? byDocument[0]
        : byDocument[0] with
        {
            Confidence = byDocument.Max(relation => relation.Confidence),
            Evidence = [.. byDocument.SelectMany(relation => relation.Evidence)],
            DocumentCount = byDocument.Count,
        };
}

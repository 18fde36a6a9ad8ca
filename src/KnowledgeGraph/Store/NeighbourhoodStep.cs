using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store;

/// <summary>One hop of a neighbourhood walk, shared by the stores (each fetches the relations its own way).</summary>
internal static class NeighbourhoodStep
{
    /// <summary>Keeps the relations of the asked types and returns the nodes they reach for the first time.</summary>
    public static List<string> Take(IEnumerable<Relation> relations, IReadOnlyCollection<RelationType>? types,
        HashSet<string> seen, Dictionary<RelationKey, Relation> found)
    {
        var next = new List<string>();
        foreach (var relation in relations)
        {
            if (types is { Count: > 0 } && !types.Contains(relation.Type))
            {
                continue;
            }
            found.TryAdd(relation.Key, relation);
            next.AddRange(new[] { relation.From, relation.To }.Where(seen.Add));
        }
        return next;
    }
}

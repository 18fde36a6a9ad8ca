namespace KnowledgeGraph.Store;

/// <summary>What a page of nodes is sorted by; ties, and <see cref="Id"/> itself, go by id.</summary>
public enum NodeOrder
{
    Id,
    /// <summary>How many documents say so: those supporting the matched relations when a relationship filter is set, else those naming the node.</summary>
    Documents,
    /// <summary>How many sentences say so, counted the same way.</summary>
    Evidence,
    Name,
}

namespace KnowledgeGraph.Graph;

public enum RelationType
{
    Mitigates,
    Affects,
    Cites,
    Involves,
    MentionedIn,
    PartOf,
}

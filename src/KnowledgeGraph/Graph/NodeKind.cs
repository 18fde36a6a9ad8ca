namespace KnowledgeGraph.Graph;

/// <summary>What a node stands for: four concept kinds, references, and the provenance kinds.</summary>
public enum NodeKind
{
    Trend,
    Challenge,
    Industry,
    Technology,
    Reference,
    Document,
    Section,
}

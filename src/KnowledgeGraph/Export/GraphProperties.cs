using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Export;

/// <summary>
/// The properties a node or relation has in Neo4j. Evidence becomes parallel lists on the relationship
/// (Neo4j properties cannot hold maps), so it survives the round trip and shows in Neo4j Browser.
/// </summary>
public static class GraphProperties
{
    public static IEnumerable<(string Key, object? Value)> Of(GraphNode node) =>
    [
        ("id", node.Id), ("kind", node.Kind.ToUpperName()), ("key", node.Key), ("name", node.Name), ("nameEn", node.NameEn),
        ("aliases", node.Kind.IsConcept() ? node.Aliases : null), ("description", node.Description),
        ("title", node.Title), ("source", node.Source), ("language", node.Language),
        ("path", node.Path), ("heading", node.Heading), ("text", node.Text), ("documentId", node.DocumentId), ("parentId", node.ParentId),
        ("index", node.Index), ("url", node.Url),
    ];

    public static IEnumerable<(string Key, object? Value)> Of(Relation relation) =>
    [
        ("confidence", relation.Confidence),
        ("evidenceDocument", relation.Evidence.Select(evidence => evidence.DocumentId).ToList()),
        ("evidenceSection", relation.Evidence.Select(evidence => evidence.SectionId ?? "").ToList()),
        ("evidenceSentence", relation.Evidence.Select(evidence => evidence.Sentence).ToList()),
        ("evidenceStart", relation.Evidence.Select(evidence => evidence.Start).ToList()),
        ("evidenceEnd", relation.Evidence.Select(evidence => evidence.End).ToList()),
        // 0 where the format has no pages: a Neo4j list cannot hold null, and the lists stay parallel.
        ("evidencePage", relation.Evidence.Select(evidence => evidence.Page ?? 0).ToList()),
    ];

    /// <summary>Labels: the kind, plus <c>Concept</c> for the four concept kinds.</summary>
    public static string Labels(NodeKind kind) => kind.IsConcept() ? $"{kind.ToLabel()}:Concept" : kind.ToLabel();
}

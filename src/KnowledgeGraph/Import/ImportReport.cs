using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import;

/// <summary>What one import run did: the documents stored, the files refused (with why), and warnings.</summary>
public sealed record ImportReport(IReadOnlyList<DocumentGraph> Documents, IReadOnlyList<string> Errors)
{
    public IEnumerable<string> Warnings => Documents.SelectMany(document => document.Warnings);

    public bool Succeeded => Errors.Count == 0;
}

namespace KnowledgeGraph.Graph;

/// <summary>
/// Why a relation exists: the sentence that says so, where it stands in its document's normalized text
/// (<see cref="Start"/> inclusive, <see cref="End"/> exclusive, in UTF-16 code units), its section, and for a
/// PDF the page it starts on (1-based; null for formats without pages).
/// </summary>
public sealed record Evidence(string DocumentId, string? SectionId, string Sentence, int Start, int End, int? Page = null);

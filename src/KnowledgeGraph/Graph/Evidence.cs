namespace KnowledgeGraph.Graph;

/// <summary>
/// Why a relation exists: the sentence that says so, where it stands in its document's normalized text
/// (<see cref="Start"/> inclusive, <see cref="End"/> exclusive, in UTF-16 code units) and its section.
/// </summary>
public sealed record Evidence(string DocumentId, string? SectionId, string Sentence, int Start, int End);

namespace KnowledgeGraph.Import;

/// <summary>A document's text after normalization; every evidence offset points into <see cref="Text"/>.</summary>
public sealed record NormalizedText(string Text, int BoilerplateLinesDropped, int RepeatedLinesDropped);

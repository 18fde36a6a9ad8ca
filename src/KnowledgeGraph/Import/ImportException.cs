namespace KnowledgeGraph.Import;

/// <summary>A document that cannot be imported; the message names the file and the problem.</summary>
public sealed class ImportException(string message, Exception? inner = null) : Exception(message, inner);

namespace KnowledgeGraph.Store;

/// <summary>The store cannot be reached or answered with a server fault; one type, translated once per boundary.</summary>
public sealed class GraphStoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

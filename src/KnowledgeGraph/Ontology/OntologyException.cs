namespace KnowledgeGraph.Ontology;

/// <summary>An ontology file that cannot be used; the message names the file and the problem.</summary>
public sealed class OntologyException(string message, Exception? inner = null) : Exception(message, inner);

using YamlDotNet.Serialization;

namespace KnowledgeGraph.Ontology;

/// <summary>
/// The ontology file's types, for YamlDotNet's build-time generator: it writes their readers as code, so loading
/// needs no reflection and works in the native (ahead-of-time compiled) command line as in the JIT build.
/// </summary>
[YamlStaticContext]
[YamlSerializable(typeof(OntologyLoader.OntologyFile))]
[YamlSerializable(typeof(OntologyLoader.EntityEntry))]
[YamlSerializable(typeof(OntologyLoader.ThemeEntry))]
[YamlSerializable(typeof(OntologyLoader.CuesEntry))]
[YamlSerializable(typeof(OntologyLoader.StatementCuesEntry))]
[YamlSerializable(typeof(OntologyLoader.EnumerationEntry))]
[YamlSerializable(typeof(OntologyLoader.ThemesEntry))]
[YamlSerializable(typeof(OntologyLoader.BoilerplateEntry))]
public partial class OntologyYamlContext : StaticContext
{
}

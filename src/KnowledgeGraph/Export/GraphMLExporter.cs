using System.Globalization;
using System.Text;
using System.Xml;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Export;

/// <summary>GraphML with typed attribute keys, as Gephi and yEd read it; evidence sentences joined per edge.</summary>
public sealed class GraphMLExporter : IGraphExporter
{
    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("kind", "node", "kind", "string"), ("key", "node", "key", "string"), ("name", "node", "name", "string"),
        ("label", "node", "label", "string"), ("nameEn", "node", "nameEn", "string"), ("aliases", "node", "aliases", "string"),
        ("description", "node", "description", "string"),
        ("type", "edge", "type", "string"), ("confidence", "edge", "confidence", "double"), ("evidence", "edge", "evidence", "string"),
    ];

    public async Task WriteAsync(Subgraph graph, Stream output, CancellationToken cancellationToken)
    {
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) };
        await using var xml = XmlWriter.Create(output, settings);
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("graphml", "http://graphml.graphdrawing.org/xmlns");
        foreach (var (id, target, name, type) in Keys)
        {
            xml.WriteStartElement("key");
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", target);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }
        xml.WriteStartElement("graph");
        xml.WriteAttributeString("id", "knowledge-graph");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", node.Id);
            Data(xml, "kind", node.Kind.ToUpperName());
            Data(xml, "key", node.Key);
            Data(xml, "name", node.Name);
            Data(xml, "label", node.Name);
            Data(xml, "nameEn", node.NameEn);
            Data(xml, "aliases", node.Aliases.Count > 0 ? string.Join("; ", node.Aliases) : null);
            Data(xml, "description", node.Description);
            xml.WriteEndElement();
        }
        var edge = 0;
        foreach (var relation in graph.Relations)
        {
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("id", $"e{edge++}");
            xml.WriteAttributeString("source", relation.From);
            xml.WriteAttributeString("target", relation.To);
            Data(xml, "type", relation.Type.ToUpperName());
            Data(xml, "confidence", relation.Confidence.ToString(CultureInfo.InvariantCulture));
            Data(xml, "evidence", string.Join(" | ", relation.Evidence.Select(evidence => evidence.Sentence)));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        // XML 1.0 cannot carry most control characters; the normalizer already drops them from text.
        xml.WriteString(value.All(IsWritable) ? value : new string(value.Where(IsWritable).ToArray()));
        xml.WriteEndElement();
    }

    private static bool IsWritable(char c) => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c);
}

using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KnowledgeGraph.Export;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Export;

public sealed partial class ExporterTests
{
    [Fact]
    public async Task JsonHasTheDocumentedShapeWithReadableChinese()
    {
        var json = await ExportAsync(ExportFormat.Json);
        using var document = JsonDocument.Parse(json);
        var nodes = document.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        var relations = document.RootElement.GetProperty("relations").EnumerateArray().ToList();

        Assert.Contains("可解释性不足", json);
        Assert.DoesNotContain("\\u", json);
        var challenge = nodes.Single(node => node.GetProperty("id").GetString() == "challenge:explainability");
        Assert.Equal(("CHALLENGE", "explainability", "可解释性不足"), (challenge.GetProperty("kind").GetString(), challenge.GetProperty("key").GetString(), challenge.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Array, challenge.GetProperty("aliases").ValueKind);
        var document000 = nodes.Single(node => node.GetProperty("id").GetString() == "document:000_fe5daf6d9d2304cf");
        Assert.Equal(("000_fe5daf6d9d2304cf.txt", "zh"), (document000.GetProperty("source").GetString(), document000.GetProperty("language").GetString()));
        Assert.Equal(1, nodes.Single(node => node.GetProperty("id").GetString() == "reference:agent_原理").GetProperty("index").GetInt32());
        var affects = relations.First(relation => relation.GetProperty("type").GetString() == "AFFECTS");
        var evidence = affects.GetProperty("evidence")[0];
        Assert.StartsWith("document:", evidence.GetProperty("document").GetString());
        Assert.StartsWith("section:", evidence.GetProperty("section").GetString());
        Assert.True(evidence.GetProperty("end").GetInt32() > evidence.GetProperty("start").GetInt32());
        Assert.InRange(affects.GetProperty("confidence").GetDouble(), 0, 1);
    }

    [Fact]
    public async Task CypherScriptMergesEveryNodeBeforeRelatingIt()
    {
        using var store = await Importing.SeedStoreAsync();
        var graph = await store.ExportAsync(CancellationToken.None);
        var script = await ExportAsync(ExportFormat.Cypher);
        var statements = script.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => !line.StartsWith("//", StringComparison.Ordinal)).ToList();

        var merged = new HashSet<string>();
        foreach (var statement in statements)
        {
            Assert.EndsWith(";", statement);
            var node = NodeStatement().Match(statement);
            var relation = RelationStatement().Match(statement);
            Assert.True(node.Success || relation.Success, statement);
            if (node.Success)
            {
                Assert.True(merged.Add(Unquote(node.Groups["id"].Value)));
                AssertBalancedLiterals(node.Groups["props"].Value);
                continue;
            }
            Assert.Contains(Unquote(relation.Groups["from"].Value), merged);
            Assert.Contains(Unquote(relation.Groups["to"].Value), merged);
            AssertBalancedLiterals(relation.Groups["props"].Value);
        }
        Assert.Equal(graph.Nodes.Count + graph.Relations.Count, statements.Count);
        Assert.Equal(graph.Nodes.Count, merged.Count);
        Assert.Contains("MERGE (n:Node {id: 'challenge:explainability'}) SET n:Challenge:Concept SET n += {", script);
    }

    [Fact]
    public void CypherStringsEscapeQuotesBackslashesAndNewlines() =>
        Assert.Equal(@"'it\'s a \\ path\nnext'", CypherLiteral.String("it's a \\ path\nnext"));

    [Fact]
    public async Task GraphMLIsWellFormedWithOneElementPerNodeAndRelation()
    {
        using var store = await Importing.SeedStoreAsync();
        var graph = await store.ExportAsync(CancellationToken.None);
        var xml = XDocument.Parse(await ExportAsync(ExportFormat.GraphML));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";

        Assert.Equal(graph.Nodes.Count, xml.Descendants(ns + "node").Count());
        Assert.Equal(graph.Relations.Count, xml.Descendants(ns + "edge").Count());
        Assert.Contains(xml.Descendants(ns + "data"), data => data.Value == "可解释性不足");
    }

    private static async Task<string> ExportAsync(ExportFormat format)
    {
        using var store = await Importing.SeedStoreAsync();
        using var output = new MemoryStream();
        await GraphExporters.For(format).WriteAsync(await store.ExportAsync(CancellationToken.None), output, CancellationToken.None);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static string Unquote(string literal) => literal[1..^1].Replace("\\'", "'").Replace("\\\\", "\\");

    // Every quote opened inside a property map is closed: no statement can swallow the next.
    private static void AssertBalancedLiterals(string map)
    {
        var inString = false;
        for (var i = 0; i < map.Length; i++)
        {
            if (map[i] == '\\' && inString)
            {
                i++;
            }
            else if (map[i] == '\'')
            {
                inString = !inString;
            }
        }
        Assert.False(inString, map);
    }

    private const string Literal = @"'(?:[^'\\]|\\.)*'";

    [GeneratedRegex(@"^MERGE \(n:Node \{id: (?<id>" + Literal + @")\}\) SET n:[A-Z][a-z]+(?::Concept)? SET n \+= (?<props>\{.*\});$")]
    private static partial Regex NodeStatement();

    [GeneratedRegex(@"^MATCH \(a:Node \{id: (?<from>" + Literal + @")\}\) MATCH \(b:Node \{id: (?<to>" + Literal + @")\}\) MERGE \(a\)-\[r:[A-Z_]+\]->\(b\) SET r \+= (?<props>\{.*\});$")]
    private static partial Regex RelationStatement();
}

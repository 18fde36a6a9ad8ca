using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>
/// The schema as SDL against src/KnowledgeGraph.Api/schema.graphql: a change to the schema is a reviewed diff
/// of that file. To accept a change, run with KG_ACCEPT_SCHEMA=1 and commit the file.
/// </summary>
public sealed class SchemaTests(KnowledgeGraphApplication app) : IClassFixture<KnowledgeGraphApplication>
{
    private static readonly string Approved = Path.Combine(TestPaths.Root, "src", "KnowledgeGraph.Api", "schema.graphql");

    [Fact]
    public void TheSchemaIsTheApprovedOne()
    {
        var schema = app.Services.GetRequiredService<KnowledgeGraphSchema>();
        schema.Initialize();
        var printed = schema.Print(new() { IncludeDescriptions = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (Environment.GetEnvironmentVariable("KG_ACCEPT_SCHEMA") == "1")
        {
            File.WriteAllText(Approved, printed);
        }

        Assert.Equal(File.Exists(Approved) ? File.ReadAllText(Approved) : "(no schema.graphql yet)", printed);
    }

    [Fact]
    public void TheContractsNamesAreThere()
    {
        var schema = app.Services.GetRequiredService<KnowledgeGraphSchema>();
        schema.Initialize();

        foreach (var name in new[] { "Node", "NodeKind", "RelationType", "Direction", "Evidence", "Relation", "Trend", "Challenge", "Industry",
            "Technology", "Reference", "Document", "Section", "ConceptFilter", "SearchHit", "Subgraph", "Path", "GraphStats", "TrendConnection", "PageInfo" })
        {
            Assert.NotNull(schema.AllTypes[name]);
        }
        Assert.Equal(["challenges", "documents", "industries", "matrix", "neighborhood", "node", "path", "references", "search", "stats", "technologies", "trends"],
            schema.Query.Fields.Select(field => field.Name).Order());
        Assert.Equal(["importDocument", "removeDocument"], schema.Mutation!.Fields.Select(field => field.Name).Order());
        Assert.IsAssignableFrom<NonNullGraphType>(((IComplexGraphType)schema.AllTypes["Evidence"]!).GetField("document")!.ResolvedType);
    }
}

using KnowledgeGraph.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Tests.Deployment;

/// <summary>
/// docker-compose.yml read as the compose spec lays it out (no Docker engine runs here; GitHub's CI also
/// runs `docker compose config`): Neo4j 5.26 with its health check, and the API waiting for it.
/// </summary>
public sealed class ComposeFileTests
{
    private readonly YamlMappingNode _services;

    public ComposeFileTests()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(TestPaths.Root, "docker-compose.yml"))));
        _services = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
    }

    [Fact]
    public void Neo4jIsThe526LtsWithAuthFromEnvVolumesAndAWgetHealthCheck()
    {
        var neo4j = (YamlMappingNode)_services["neo4j"];

        Assert.StartsWith("neo4j:5.26.", Scalar(neo4j["image"]));
        Assert.Contains("${NEO4J_PASSWORD", Scalar(((YamlMappingNode)neo4j["environment"])["NEO4J_AUTH"]));
        Assert.Contains("wget", string.Join(" ", ((YamlSequenceNode)((YamlMappingNode)neo4j["healthcheck"])["test"]).Select(Scalar)));
        Assert.Equal(2, ((YamlSequenceNode)neo4j["volumes"]).Children.Count);
        Assert.Contains(((YamlMappingNode)neo4j["environment"]).Children.Keys, key => Scalar(key).StartsWith("NEO4J_server_memory_", StringComparison.Ordinal));
    }

    [Fact]
    public void TheApiIsBuiltHereUsesNeo4jAndWaitsUntilItIsHealthy()
    {
        var api = (YamlMappingNode)_services["api"];
        var environment = (YamlMappingNode)api["environment"];

        Assert.Equal(".", Scalar(api["build"]));
        Assert.Equal("service_healthy", Scalar(((YamlMappingNode)((YamlMappingNode)api["depends_on"])["neo4j"])["condition"]));
        Assert.Equal("Neo4j", Scalar(environment["KnowledgeGraph__Store"]));
        Assert.Equal("http://neo4j:7474", Scalar(environment["KnowledgeGraph__Neo4j__Uri"]));
        Assert.EndsWith(":8080:8080", Scalar(((YamlSequenceNode)api["ports"])[0]));
        Assert.True(File.Exists(Path.Combine(TestPaths.Root, "Dockerfile")));
    }

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? "";
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>GraphQL over HTTP: status codes, media types, and the limits that refuse what would hurt the server.</summary>
public sealed class TransportAndLimitTests(KnowledgeGraphApplication app) : IClassFixture<KnowledgeGraphApplication>
{
    [Fact]
    public async Task ResponsesAreGraphQLJsonWithChineseWrittenAsItself()
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ node(id: \"industry:finance\") { name } }" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"金融\"", body);
    }

    [Fact]
    public async Task GetRunsQueriesButNotMutations()
    {
        using var client = app.CreateClient();
        using var query = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ stats { nodeCount } }"));
        using var mutation = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { removeDocument(key: \"x\") }"));

        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
    }

    [Theory]
    [InlineData("{ nope }", HttpStatusCode.BadRequest)]
    [InlineData("{ stats { nodeCount ", HttpStatusCode.BadRequest)]
    public async Task InvalidDocumentsAreRefusedWithBadRequest(string query, HttpStatusCode status)
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(status, response.StatusCode);
        Assert.True(body.GetProperty("errors").GetArrayLength() > 0);
    }

    [Fact]
    public async Task MalformedJsonWrongMediaTypeAndOversizedBodiesAreRefused()
    {
        using var client = app.CreateClient();
        using var malformed = await client.PostAsync("/graphql", new StringContent("{\"query\": ", Encoding.UTF8, "application/json"));
        using var text = await client.PostAsync("/graphql", new StringContent("{ stats { nodeCount } }", Encoding.UTF8, "text/plain"));
        using var huge = await client.PostAsync("/graphql", new StringContent($"{{\"query\":\"{{ stats {{ nodeCount }} }}\",\"x\":\"{new string('a', 3 * 1024 * 1024)}\"}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        await AssertHealthyAsync(client);
    }

    [Fact]
    public async Task APageLargerThanTheLimitIsAnError()
    {
        var body = await app.PostAsync("{ trends(first: 501) { totalCount } }");

        Assert.Equal("LIMIT_EXCEEDED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ADepthBombIsRefusedBeforeItRuns()
    {
        var nested = string.Concat(Enumerable.Repeat("affects { affectedBy { ... on Challenge { ", 6)) + "id" + string.Concat(Enumerable.Repeat(" } } }", 6));
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query = $"{{ challenges {{ nodes {{ {nested} }} }} }}" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MAX_DEPTH", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await AssertHealthyAsync(client);
    }

    [Fact]
    public async Task TheSchemaCanBeIntrospectedDeeperThanDataQueriesMayGo()
    {
        // GraphiQL's introspection query is 15 levels deep; this one is 12.
        var data = await app.QueryAsync("{ __schema { types { name fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }");

        Assert.Contains(data.GetProperty("__schema").GetProperty("types").EnumerateArray(), type => type.GetProperty("name").GetString() == "Challenge");
    }

    [Fact]
    public async Task AnAliasFloodIsRefusedByComplexity()
    {
        var aliases = string.Join(" ", Enumerable.Range(0, 1000).Select(i => $"a{i}: challenges {{ nodes {{ affects {{ affectedBy {{ id }} }} }} }}"));
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query = $"{{ {aliases} }}" });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MAX_COMPLEXITY", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await AssertHealthyAsync(client);
    }

    [Fact]
    public async Task ABrowserGetsThePlaygroundBundledFromNpm()
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<script src=\"/playground/graphiql.js\"></script>", html);
        using var script = await client.GetAsync("/playground/graphiql.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("FinanceOrHealthcare", await script.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HealthEndpointsAnswer()
    {
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        await AssertHealthyAsync(client);
    }

    private static async Task AssertHealthyAsync(HttpClient client) =>
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
}

using System.Text.Json;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class MutationTests : IDisposable
{
    private const string Import = """
        mutation ($name: String!, $text: String!) {
          importDocument(input: { name: $name, text: $text }) { document { id title } sections nodes relations warnings }
        }
        """;

    private const string ImportBytes = """
        mutation ($name: String!, $content: String!) {
          importDocument(input: { name: $name, contentBase64: $content }) { document { id title } sections nodes relations warnings }
        }
        """;

    private const string Report = "# 教育观察\n\n## 主要挑战\n\n### 师资短缺\n\n教育行业缺少懂模型的老师。\n";

    private readonly KnowledgeGraphApplication _app = new();

    [Theory]
    [InlineData(null, "UNAUTHENTICATED")]
    [InlineData("wrong-key", "UNAUTHENTICATED")]
    public async Task MutationsWithoutTheRightKeyAreRefusedAndChangeNothing(string? key, string code)
    {
        var body = await _app.PostAsync(Import, new { name = "edu.md", text = Report }, key);

        Assert.Equal(code, Code(body));
        Assert.False(File.Exists(Path.Combine(_app.Documents, "edu.md")));
        var data = await _app.QueryAsync("""{ node(id: "challenge:师资短缺") { id } }""");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task ADocumentImportedWithTheKeyIsOnDiskAndInTheGraph()
    {
        var body = await _app.PostAsync(Import, new { name = "edu.md", text = Report }, KnowledgeGraphApplication.ApiKey);
        var result = body.GetProperty("data").GetProperty("importDocument");

        Assert.Equal(("document:edu", "教育观察"), (result.GetProperty("document").GetProperty("id").GetString(), result.GetProperty("document").GetProperty("title").GetString()));
        Assert.Equal(Report, File.ReadAllText(Path.Combine(_app.Documents, "edu.md")));
        Assert.Empty(Directory.GetFiles(_app.Documents, "*.tmp"));
        var data = await _app.QueryAsync("""{ challenges(filter: { affectsIndustries: ["education"] }) { nodes { id } } }""");
        Assert.Contains(data.GetProperty("challenges").GetProperty("nodes").EnumerateArray(), node => node.GetProperty("id").GetString() == "challenge:师资短缺");

        var removed = await _app.PostAsync("""mutation { removeDocument(key: "edu") }""", apiKey: KnowledgeGraphApplication.ApiKey);
        Assert.True(removed.GetProperty("data").GetProperty("removeDocument").GetBoolean());
        Assert.False(File.Exists(Path.Combine(_app.Documents, "edu.md")));
    }

    [Theory]
    [InlineData("../escape.md", "a plain file name")]
    [InlineData("notes.odt", "a plain file name")]
    [InlineData("notes.pdf", "not a readable PDF")]
    [InlineData("notes.docx", "not a Word document")]
    [InlineData("blank.txt", "no text left")]
    public async Task BadDocumentsAreRefusedBeforeAnythingIsWritten(string name, string reason)
    {
        var text = name == "blank.txt" ? " \u200b \n 上一篇 " : Report;
        var body = await _app.PostAsync(Import, new { name, text }, KnowledgeGraphApplication.ApiKey);

        Assert.Equal("BAD_USER_INPUT", Code(body));
        Assert.Contains(reason, body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(2, Directory.GetFiles(_app.Documents).Length);
    }

    [Fact]
    public async Task AWordFileSentAsBase64IsKeptByteForByteAndRead()
    {
        var docx = await File.ReadAllBytesAsync(Path.Combine(TestPaths.Root, "docs", "examples", "formats", "industry-zh.docx"));

        var body = await _app.PostAsync(ImportBytes, new { name = "industry-zh.docx", content = Convert.ToBase64String(docx) }, KnowledgeGraphApplication.ApiKey);

        var result = body.GetProperty("data").GetProperty("importDocument");
        Assert.Equal("大模型在行业落地中的发展趋势与挑战", result.GetProperty("document").GetProperty("title").GetString());
        Assert.True(result.GetProperty("sections").GetInt32() >= 10);
        Assert.Equal(docx, await File.ReadAllBytesAsync(Path.Combine(_app.Documents, "industry-zh.docx")));
    }

    [Theory]
    [InlineData("both", "exactly one of them")]
    [InlineData("neither", "exactly one of them")]
    [InlineData("not base64", "not valid base64")]
    public async Task TheContentIsTextOrBase64NotBothNorNeither(string shape, string reason)
    {
        var body = await _app.PostAsync("""
            mutation ($input: ImportDocumentInput!) { importDocument(input: $input) { sections } }
            """, new
        {
            input = shape switch
            {
                "both" => (object)new { name = "edu.md", text = Report, contentBase64 = Convert.ToBase64String("x"u8.ToArray()) },
                "neither" => new { name = "edu.md" },
                _ => new { name = "edu.pdf", contentBase64 = "%%% not base64 %%%" },
            },
        }, KnowledgeGraphApplication.ApiKey);

        Assert.Equal("BAD_USER_INPUT", Code(body));
        Assert.Contains(reason, body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(2, Directory.GetFiles(_app.Documents).Length);
    }

    [Fact]
    public async Task TheStartUpImportReadsEveryFormatInTheFolder()
    {
        var folder = Directory.CreateTempSubdirectory("kg-api-formats-").FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Root, "docs", "examples", "formats")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        using var app = new KnowledgeGraphApplication([], folder);

        var data = await app.QueryAsync("{ documents { nodes { source } } }");

        Assert.Equal(["industry-en.pdf", "industry-zh-page.html", "industry-zh.docx"],
            data.GetProperty("documents").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("source").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task WithNoKeyConfiguredMutationsAreDisabled()
    {
        using var app = new NoKeyApplication();

        var body = await app.PostAsync(Import, new { name = "edu.md", text = Report }, "anything");

        Assert.Equal("FORBIDDEN", Code(body));
    }

    public void Dispose() => _app.Dispose();

    private static string? Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private sealed class NoKeyApplication() : KnowledgeGraphApplication(new() { ["KnowledgeGraph:Api:ApiKey"] = "" });
}

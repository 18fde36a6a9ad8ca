using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Import;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Import.Formats;

/// <summary>Each way a PDF, Word file or web page can be bad gets a message that says which, and no graph.</summary>
[Collection(ReportInEveryFormat.Collection)]
public sealed class BadFilesTests(ReportInEveryFormat formats)
{
    [Fact]
    public void APdfWithoutATextLayerSaysSo() => AssertRefused("scan.pdf", formats.ScannedPdf, "no text layer");

    [Fact]
    public void AnEncryptedPdfSaysSo() => AssertRefused("locked.pdf", formats.EncryptedPdf, "the PDF is encrypted");

    [Fact]
    public void ACorruptPdfIsRefused() => AssertRefused("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nthis is not a PDF body"u8.ToArray(), "not a readable PDF");

    [Fact]
    public void ATruncatedPdfIsReadAsFarAsItGoesOrRefused()
    {
        var whole = formats.Content("industry-en", "chromium.pdf");

        try
        {
            var graph = Importing.Importer.Import("half.pdf", whole[..(whole.Length / 2)]);
            Assert.NotEmpty(graph.OfKind(NodeKind.Section));
        }
        catch (ImportException ex)
        {
            Assert.StartsWith("half.pdf: ", ex.Message);
        }
    }

    [Fact]
    public void AWordFileThatIsNotAZipArchiveIsRefused() => AssertRefused("notes.docx", "plain text saved as .docx"u8.ToArray(), "not a valid .docx (zip) archive");

    [Fact]
    public void AZipArchiveWithoutAWordDocumentIsRefused() =>
        AssertRefused("photos.docx", Zip(("photo.jpg", Encoding.UTF8.GetBytes("not really a photo"))), "without word/document.xml");

    [Fact]
    public void AZipBombIsRefusedBeforeItIsExpanded()
    {
        // 64 MB of one character packs into a few kilobytes.
        var bomb = Zip(("word/document.xml", new byte[64 * 1024 * 1024]));
        Assert.True(bomb.Length < 1024 * 1024);

        AssertRefused("bomb.docx", bomb, "refused before expanding");
    }

    [Fact]
    public void AWordFileWithBrokenXmlIsRefused() =>
        AssertRefused("broken.docx", Zip(("[Content_Types].xml", "<Types"u8.ToArray()), ("word/document.xml", "<w:document"u8.ToArray())), "not a readable Word document");

    [Fact]
    public void AWebPageOfEmptyNestedDocumentsIsRefused() =>
        // Readability took the body away from this page; reading on threw a NullReferenceException.
        AssertRefused("empty.html", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<html><body>", 5))), "no text");

    [Fact]
    public void AWebPagesScriptsAndStylesAreNotText()
    {
        var page = """
            <html><head><style>h2::after { content: "面临严峻挑战"; }</style></head><body>
            <h1>医疗行业的大模型应用</h1>
            <script>document.write("<h2>二、主要挑战</h2><p>算力瓶颈制约发展</p>");</script>
            <noscript><h2>请启用脚本</h2></noscript>
            <h2>一、发展趋势</h2><p>医院正在试点大模型辅助诊断，这一趋势日益明显。</p>
            </body></html>
            """;

        var graph = Importing.Importer.Import("page.html", Encoding.UTF8.GetBytes(page));

        Assert.Equal(["发展趋势"], graph.OfKind(NodeKind.Section).Select(section => section.Name));
        Assert.DoesNotContain(graph.OfKind(NodeKind.Section), section => (section.Text ?? "").Contains("算力") || (section.Text ?? "").Contains("content"));
    }

    [Fact]
    public void AWebPageSavedInGbkIsReadByItsMetaCharset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var page = """
            <html><head><meta charset="gbk"><title>观察</title></head><body>
            <h1>金融行业观察</h1><h2>一、主要挑战</h2><h3>1. 数据孤岛</h3><p>银行之间的数据孤岛难以打通。</p>
            </body></html>
            """;

        var graph = Importing.Importer.Import("gbk.html", Encoding.GetEncoding("GBK").GetBytes(page));

        Assert.Equal("金融行业观察", graph.Document.Title);
        Assert.Contains(graph.Nodes, node => node.Kind == NodeKind.Challenge && node.Name == "数据孤岛");
    }

    [Fact]
    public void AWebPageNestedPastAnyReportsDepthIsRefused()
    {
        var page = $"<html><body>{string.Concat(Enumerable.Repeat("<div>", 5000))}挑战{string.Concat(Enumerable.Repeat("</div>", 5000))}</body></html>";

        AssertRefused("deep.html", Encoding.UTF8.GetBytes(page), "nested more than");
    }

    [Theory]
    [InlineData("huge.pdf")]
    [InlineData("huge.docx")]
    [InlineData("huge.html")]
    public async Task AFileOverTheSizeLimitIsRefusedBeforeItIsRead(string name)
    {
        var folder = Directory.CreateTempSubdirectory("kg-huge-").FullName;
        var path = Path.Combine(folder, name);
        await using (var file = File.Create(path))
        {
            file.SetLength(20L * 1024 * 1024);
        }

        var error = await Assert.ThrowsAsync<ImportException>(() => new DocumentReader(DocumentReader.DefaultMaxBytes).ReadAsync(path, CancellationToken.None));

        Assert.Contains("over the limit", error.Message);
        Directory.Delete(folder, recursive: true);
    }

    private static void AssertRefused(string name, byte[] content, string reason)
    {
        var error = Assert.Throws<ImportException>(() => Importing.Importer.Import(name, content));

        Assert.StartsWith($"{name}: ", error.Message);
        Assert.Contains(reason, error.Message);
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }
        return stream.ToArray();
    }
}

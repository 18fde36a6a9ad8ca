using KnowledgeGraph.Graph;
using System.Text;
using KnowledgeGraph.Import;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Import;

public sealed class DocumentReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-reader-").FullName;
    private readonly DocumentReader _reader = new(maxBytes: 1024 * 1024);

    [Fact]
    public async Task AnEmptyFileIsRefused() => await AssertRefused(Write("empty.txt", []), "the file is empty");

    [Fact]
    public async Task AWhiteSpaceOnlyFileIsRefused() => await AssertRefused(Write("blank.txt", " \n\t\n"u8.ToArray()), "the file is empty");

    [Fact]
    public async Task ABinaryFileIsRefused() => await AssertRefused(Write("image.txt", [0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), "looks binary");

    [Fact]
    public async Task ANonUtf8FileIsRefusedWithTheOffset() =>
        await AssertRefused(Write("gbk.txt", [0x61, 0x62, 0xb4, 0xf3, 0xc4, 0xa3]), "not valid UTF-8 (bad byte at offset 2)");

    [Fact]
    public async Task AFileOverTheLimitIsRefusedBeforeItIsRead()
    {
        var path = Path.Combine(_folder, "huge.txt");
        using (var file = File.Create(path))
        {
            file.SetLength(50L * 1024 * 1024);
        }
        await AssertRefused(path, "52,428,800 bytes is over the limit");
    }

    [Fact]
    public async Task AByteOrderMarkIsNotText()
    {
        var bytes = await _reader.ReadAsync(Write("bom.txt", [.. Encoding.UTF8.GetPreamble(), .. "一、标题"u8.ToArray()]), CancellationToken.None);

        Assert.Equal("一、标题", DocumentReader.DecodeText("bom.txt", bytes));
    }

    [Fact]
    public void FoldersExpandToTheirReportsInOrderAndMissingPathsAreNamed()
    {
        Write("b.md", "x"u8.ToArray());
        Write("a.txt", "x"u8.ToArray());
        Write("c.pdf", "x"u8.ToArray());
        Write("d.docx", "x"u8.ToArray());
        Write("e.htm", "x"u8.ToArray());
        Write("notes.odt", "x"u8.ToArray());
        Write("README.md", "x"u8.ToArray());
        var missing = Path.Combine(_folder, "missing.txt");

        var (files, errors) = DocumentReader.Expand([_folder, missing, Path.Combine(_folder, "notes.odt")]);

        Assert.Equal(["a.txt", "b.md", "c.pdf", "d.docx", "e.htm"], files.Select(Path.GetFileName));
        Assert.Equal([$"{missing}: no such file or directory", $"{Path.Combine(_folder, "notes.odt")}: not a .txt, .md, .html, .docx or .pdf file"], errors);
    }

    [Fact]
    public void AReportWithoutHeadingsIsOneSectionWhoseSentencesStillCount()
    {
        var graph = Importing.Import("银行和医院都在试用大模型。它们担心数据隐私。", "flat.txt");

        var section = Assert.Single(graph.OfKind(NodeKind.Section));
        Assert.Equal("section:flat/0", section.Id);
        Assert.True(graph.Has(RelationType.MentionedIn, "industry:finance", section.Id));
        Assert.True(graph.Has(RelationType.MentionedIn, "industry:healthcare", section.Id));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task AssertRefused(string path, string reason)
    {
        var error = await Assert.ThrowsAsync<ImportException>(async () => Importing.Importer.Import(path, await _reader.ReadAsync(path, CancellationToken.None)));
        Assert.StartsWith(path + ": ", error.Message);
        Assert.Contains(reason, error.Message);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}

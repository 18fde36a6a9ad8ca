using System.Text;
using FsCheck;
using FsCheck.Xunit;
using KnowledgeGraph.Import;
using KnowledgeGraph.Store.Embedded;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Hardening;

/// <summary>
/// Random and mutated documents (FsCheck): the importer either builds a consistent graph or refuses the
/// document with an <see cref="ImportException"/> naming it; nothing else escapes, and a refused document
/// changes nothing in the store.
/// </summary>
public sealed class HostileDocumentTests
{
    private static readonly string Seed = File.ReadAllText(TestPaths.Seed001);

    [Property(MaxTest = 300)]
    public void AnyTextIsImportedOrRefusedWithAReason(NonNull<string> text) => ImportOrRefuse(text.Get);

    [Property(MaxTest = 300)]
    public void MutatedReportsAreImportedOrRefusedWithAReason(PositiveInt seed) => ImportOrRefuse(Mutate(Seed, new Random(seed.Get)));

    [Property(MaxTest = 300)]
    public void AnyBytesAreReadAndImportedOrRefused(byte[] bytes)
    {
        string text;
        try
        {
            text = DocumentReader.DecodeText("random.bin", bytes);
        }
        catch (ImportException ex)
        {
            Assert.StartsWith("random.bin: ", ex.Message);
            return;
        }
        ImportOrRefuse(text);
    }

    [Property(MaxTest = 50)]
    public void ARefusedDocumentLeavesTheStoreExactlyAsItWas(PositiveInt seed)
    {
        using var store = new EmbeddedGraphStore();
        store.UpsertDocumentAsync(Importing.ImportSeed(TestPaths.Seed000), CancellationToken.None).GetAwaiter().GetResult();
        var before = Snapshot(store);
        var broken = new Random(seed.Get).Next(3) switch
        {
            0 => "",
            1 => "上一篇\n下一篇",
            _ => new string('。', 500),
        };

        Assert.Throws<ImportException>(() => Importing.Import(broken, "report-000.txt"));

        Assert.Equal(before, Snapshot(store));
    }

    [Theory]
    [InlineData("quotes", "nested too deeply")]
    [InlineData("lists", "indented more than")]
    [InlineData("emphasis", "inline markup nested")]
    [InlineData("links", "nested")]
    public void MarkdownNestedPastReasonIsRefusedWithItsReasonNotACrash(string shape, string reason)
    {
        var text = shape switch
        {
            "quotes" => string.Concat(Enumerable.Repeat("> ", 20_000)) + "文本\n",
            "lists" => string.Concat(Enumerable.Range(0, 400).Select(level => new string(' ', 2 * level) + "- 项\n")),
            "emphasis" => new string('*', 50_000) + "a" + new string('*', 50_000),
            _ => new string('[', 30_000) + "x" + new string(']', 30_000) + "(u)",
        };

        var error = Assert.Throws<ImportException>(() => Importing.Import(text, "deep.md"));

        Assert.StartsWith("deep.md: ", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void ExtremeShapesFinish()
    {
        var oneLine = string.Concat(Enumerable.Repeat("大模型在金融、医疗领域面临可解释性挑战,", 30_000)); // about 1 MB on one line
        var deep = "# 报告\n" + string.Join("\n", Enumerable.Range(1, 10_000).Select(level => $"{string.Join('.', Enumerable.Repeat(1, level % 6 + 1))} 第{level}层 挑战"));
        var punctuation = string.Concat(Enumerable.Repeat("!?。,;:、()[]{}<>—…", 20_000));
        var mixed = "# Отчёт 報告 تقرير\n## 挑战 Challenges Вызовы\n### 偏见 bias предвзятость\nΜοντέλα 模型 في المالية 金融 và y tế 医疗.\n";

        foreach (var text in new[] { oneLine, deep, punctuation, mixed })
        {
            ImportOrRefuse(text);
        }
    }

    private static void ImportOrRefuse(string text)
    {
        try
        {
            var graph = Importing.Import(text, "hostile.md");
            graph.EnsureConsistent();
        }
        catch (ImportException ex)
        {
            Assert.StartsWith("hostile.md: ", ex.Message);
        }
    }

    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < random.Next(1, 8); i++)
        {
            var at = random.Next(builder.Length + 1);
            switch (random.Next(7))
            {
                case 0:
                    builder.Length = at; // truncated, possibly mid-sentence
                    break;
                case 1:
                    builder.Insert(at, (char)random.Next(0, 32)); // control characters
                    break;
                case 2:
                    builder.Insert(at, string.Join("\n", Enumerable.Range(1, random.Next(1, 200)).Select(depth => $"{string.Join('.', Enumerable.Repeat(depth, depth % 6 + 1))} 层")));
                    break;
                case 3:
                    builder.Insert(at, new string("。,!?^[]"[random.Next(7)], random.Next(1, 500)));
                    break;
                case 4:
                    builder.Insert(at, "\n一、挑战 1. 二、趋势 (一) ## 首先,其次,最后 [1] ^[99] 参考文献\n");
                    break;
                case 5:
                    builder.Insert(at, "\uD800"); // a lone surrogate
                    break;
                default:
                    var line = text.Split('\n')[random.Next(text.Split('\n').Length)];
                    builder.Insert(at, string.Concat(Enumerable.Repeat(line + "\n", random.Next(2, 50))));
                    break;
            }
        }
        return builder.ToString();
    }

    private static string Snapshot(EmbeddedGraphStore store)
    {
        var graph = store.ExportAsync(CancellationToken.None).GetAwaiter().GetResult();
        return KnowledgeGraph.Export.JsonExporter.Serialize(graph);
    }
}

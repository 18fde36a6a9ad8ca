using KnowledgeGraph.Graph;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Import.Formats;

/// <summary>
/// One report, one graph, whatever the format it arrives in: the web page, the Word file and both PDFs give
/// the trends and challenges the Markdown gives (Jaccard ≥ 0.9 on names) and as many sections (±10 %).
/// </summary>
[Collection(ReportInEveryFormat.Collection)]
public sealed class SameReportInEveryFormatTests(ReportInEveryFormat formats)
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var report in ReportInEveryFormat.Reports)
        {
            foreach (var format in new[] { "html", "docx", "chromium.pdf", "libreoffice.pdf" })
            {
                cases.Add(report, format);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheFormatGivesTheTrendsChallengesAndSectionsOfTheMarkdown(string report, string format)
    {
        var markdown = Importing.Importer.Import($"{report}.md", formats.Content(report, "md"));
        var other = Importing.Importer.Import($"{report}.{Extension(format)}", formats.Content(report, format));

        var expected = Items(markdown);
        var found = Items(other);
        var jaccard = (double)expected.Intersect(found).Count() / expected.Union(found).Count();
        Assert.True(expected.Count >= 5, $"the Markdown itself gives only {expected.Count} trends and challenges");
        Assert.True(jaccard >= 0.9, $"Jaccard {jaccard:F2}: only in Markdown [{string.Join(", ", expected.Except(found))}], only in {format} [{string.Join(", ", found.Except(expected))}]");
        Assert.InRange(other.SectionCount, markdown.SectionCount * 0.9, markdown.SectionCount * 1.1);
        Assert.Equal(markdown.Document.Title, other.Document.Title);
    }

    [Theory]
    [InlineData("industry-zh")]
    [InlineData("industry-en")]
    public void ThePageFurnitureOfASavedWebPageIsNotRead(string report)
    {
        var graph = Importing.Importer.Import($"{report}.html", formats.Content(report, "html"));

        var sections = graph.OfKind(NodeKind.Section).Select(section => section.Name).ToList();
        Assert.DoesNotContain(sections, name => name.Contains("相关文章") || name.Contains("挑战专题"));
        Assert.DoesNotContain(graph.OfKind(NodeKind.Section), section => (section.Text ?? "").Contains("版权所有") || (section.Text ?? "").Contains("analytics"));
    }

    [Theory]
    [InlineData("industry-zh", "chromium.pdf")]
    [InlineData("industry-en", "chromium.pdf")]
    [InlineData("industry-zh", "libreoffice.pdf")]
    public void APdfsRunningHeaderAndPageNumbersAreNotTextAndEvidenceNamesItsPage(string report, string format)
    {
        var graph = Importing.Importer.Import($"{report}.pdf", formats.Content(report, format));

        Assert.DoesNotContain(graph.OfKind(NodeKind.Section), section => (section.Text ?? "").Contains("内部资料") || (section.Text ?? "").Contains("第 2 页"));
        var pages = graph.Relations.SelectMany(relation => relation.Evidence).Select(evidence => evidence.Page).ToList();
        Assert.All(pages, page => Assert.NotNull(page));
        Assert.True(pages.Max() > 1, "a multi-page report's evidence is all on page 1");
    }

    private static HashSet<string> Items(DocumentGraph graph) =>
        [.. graph.Nodes.Where(node => node.Kind is NodeKind.Trend or NodeKind.Challenge).Select(node => node.Name)];

    private static string Extension(string format) => format.EndsWith("pdf", StringComparison.Ordinal) ? "pdf" : format;
}

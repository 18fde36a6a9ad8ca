using System.Text.Json;
using KnowledgeGraph.Api.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeGraph.Api.Tests.Explorer;

/// <summary>The explorer page in real headless Chromium against the API on loopback.</summary>
public sealed class ExplorerTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ThePageLoadsCleanlyAndDrawsEveryNodeTheApiReportsForTheVisibleKinds()
    {
        var (page, errors) = await OpenExplorerAsync();

        var drawn = await page.EvaluateAsync<int>("() => kgExplorer.cy.nodes(':visible').length");
        var data = await browser.App.QueryAsync("{ stats { byKind { kind count } } }");
        var reported = data.GetProperty("stats").GetProperty("byKind").EnumerateArray()
            .Where(kind => kind.GetProperty("kind").GetString() is "TREND" or "CHALLENGE" or "INDUSTRY" or "TECHNOLOGY" or "REFERENCE")
            .Sum(kind => kind.GetProperty("count").GetInt32());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "explorer.png") });

        Assert.Equal(reported, drawn);
        Assert.True(drawn > 30, $"only {drawn} nodes drawn");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ClickingTheExplainabilityChallengeShowsItsEvidenceAboutHealthcare()
    {
        var (page, errors) = await OpenExplorerAsync();

        await ClickNodeAsync(page, "challenge:explainability");
        var sentences = page.Locator("#details .sentence");
        await sentences.Filter(new LocatorFilterOptions { HasText = "医疗" }).First.WaitForAsync();

        Assert.Equal("可解释性不足", await page.Locator("#details h2").TextContentAsync());
        Assert.Contains(await sentences.AllTextContentsAsync(), sentence => sentence.Contains("医疗", StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task TheIndustryPickerHighlightsTheChallengesAffectingFinanceOrHealthcare()
    {
        var (page, errors) = await OpenExplorerAsync();

        await page.Locator("#industries label", new PageLocatorOptions { HasText = "finance" }).Locator("input").CheckAsync();
        await page.Locator("#industries label", new PageLocatorOptions { HasText = "healthcare" }).Locator("input").CheckAsync();
        await page.ClickAsync("#highlight-industries");
        await page.WaitForFunctionAsync("() => kgExplorer.cy.getElementById('challenge:explainability').hasClass('highlighted')");

        Assert.False(await page.EvaluateAsync<bool>("() => kgExplorer.cy.getElementById('challenge:ethics-bias').hasClass('highlighted')"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "explorer-finance-healthcare.png") });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task SearchFocusesTheHitAndPathModeHighlightsAShortestPath()
    {
        var (page, errors) = await OpenExplorerAsync();

        await page.FillAsync("#search", "隐私");
        await page.PressAsync("#search", "Enter");
        await page.WaitForFunctionAsync("() => kgExplorer.cy.$(':selected').length === 1");
        var selected = await page.EvaluateAsync<string>("() => kgExplorer.cy.$(':selected').id()");
        await page.CheckAsync("#path-mode");
        await ClickNodeAsync(page, "trend:green-computing");
        await ClickNodeAsync(page, "industry:healthcare");
        await page.WaitForFunctionAsync("() => kgExplorer.cy.edges('.highlighted').length > 0");

        Assert.Contains("privacy", selected);
        Assert.True(await page.EvaluateAsync<bool>("() => kgExplorer.cy.getElementById('industry:healthcare').hasClass('highlighted')"));
        Assert.True(await page.EvaluateAsync<bool>("() => kgExplorer.cy.getElementById('trend:green-computing').hasClass('highlighted')"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task TheImpactMatrixShowsChallengesByIndustryAndACellsEvidence()
    {
        var (page, errors) = await OpenExplorerAsync();

        await page.ClickAsync("#show-matrix");
        var cell = page.Locator("#matrix td.cell[data-row='challenge:explainability'][data-column='industry:healthcare']");
        await cell.WaitForAsync();
        var rows = await page.Locator("#matrix tbody tr").CountAsync();
        var data = await browser.App.QueryAsync("{ matrix(rows: CHALLENGE, first: 30, columnsFirst: 20) { rows { id } cells { row column documentCount } } }");
        await cell.ClickAsync();
        await page.Locator("#details .sentence").Filter(new LocatorFilterOptions { HasText = "医疗" }).First.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "explorer-matrix.png") });

        Assert.Equal(data.GetProperty("matrix").GetProperty("rows").GetArrayLength(), rows);
        var expected = data.GetProperty("matrix").GetProperty("cells").EnumerateArray()
            .Single(item => item.GetProperty("row").GetString() == "challenge:explainability" && item.GetProperty("column").GetString() == "industry:healthcare");
        Assert.Equal(expected.GetProperty("documentCount").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), (await cell.TextContentAsync())?.Trim());
        Assert.Contains("可解释性不足", await page.Locator("#details h2").TextContentAsync());
        await page.ClickAsync("#show-graph");
        Assert.True(await page.Locator("#graph").IsVisibleAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task APdfUploadedOnThePageIsImportedAndItsTrendAppearsInTheGraph()
    {
        var pdf = Path.Combine(Directory.CreateTempSubdirectory("kg-upload-").FullName, "agri-report.pdf");
        var printer = await browser.Browser.NewPageAsync();
        await printer.SetContentAsync("""
            <meta charset="utf-8"><h1>农业大模型观察</h1>
            <h2>一、发展趋势</h2><h3>1. 智慧灌溉调度</h3>
            <p>越来越多的农场开始用大模型调度灌溉和施肥，这一趋势在未来几年将进一步加速。</p>
            """);
        await printer.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A5" });
        await printer.CloseAsync();
        var (page, errors) = await OpenExplorerAsync();

        await page.SetInputFilesAsync("#upload-file", pdf);
        await page.FillAsync("#api-key", KnowledgeGraphApplication.ApiKey);
        await page.ClickAsync("#upload");
        await page.Locator("#upload-report .imported").WaitForAsync();
        var trend = await page.EvaluateAsync<JsonElement>(
            "() => { const node = kgExplorer.cy.nodes('[kind = \"TREND\"]').filter(n => n.data('name') === '智慧灌溉调度'); return { count: node.length, highlighted: node.hasClass('highlighted') }; }");

        Assert.Contains("农业大模型观察", await page.Locator("#upload-report .imported").TextContentAsync());
        Assert.Equal(1, trend.GetProperty("count").GetInt32());
        Assert.True(trend.GetProperty("highlighted").GetBoolean());
        Assert.True(File.Exists(Path.Combine(browser.App.Documents, "agri-report.pdf")));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "explorer-upload.png") });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task AnUploadWithTheWrongKeyIsRefusedOnThePage()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("kg-upload-").FullName, "note.md");
        await File.WriteAllTextAsync(file, "# 笔记\n\n## 一、发展趋势\n\n大模型日益普及。");
        var (page, _) = await OpenExplorerAsync();

        await page.SetInputFilesAsync("#upload-file", file);
        await page.FillAsync("#api-key", "not-the-key");
        await page.ClickAsync("#upload");
        await page.Locator("#upload-report .error").WaitForAsync();

        Assert.Contains("X-Api-Key", await page.Locator("#upload-report .error").TextContentAsync());
        Assert.False(File.Exists(Path.Combine(browser.App.Documents, "note.md")));
    }

    private async Task<(IPage Page, List<string> Errors)> OpenExplorerAsync()
    {
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(browser.BaseAddress + "/explorer");
        await page.EvaluateAsync("() => kgExplorer.ready");
        return (page, errors);
    }

    // Nodes live on a canvas: click where cytoscape drew the node, once any animation (search zooms) is over.
    private static async Task ClickNodeAsync(IPage page, string id)
    {
        await page.WaitForFunctionAsync("() => !kgExplorer.cy.animated()");
        var position = await page.EvaluateAsync<JsonElement>(
            "id => { const node = kgExplorer.cy.getElementById(id); kgExplorer.cy.zoom(2.5); kgExplorer.cy.center(node); const p = node.renderedPosition(); const box = kgExplorer.cy.container().getBoundingClientRect(); return { x: box.left + p.x, y: box.top + p.y }; }", id);
        await page.Mouse.ClickAsync(position.GetProperty("x").GetSingle(), position.GetProperty("y").GetSingle());
    }
}

/// <summary>The explorer on a graph of hundreds of concepts, in Chromium: it stays readable.</summary>
public sealed class LargeGraphExplorerTests(LargeGraphBrowserFixture browser) : IClassFixture<LargeGraphBrowserFixture>
{
    [Fact]
    public async Task NoTwoNodeBoxesOverlapOnAGraphOfHundredsOfConcepts()
    {
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(browser.BaseAddress + "/explorer");
        await page.EvaluateAsync("() => kgExplorer.ready");
        // The first page holds 100 of each kind; "Show more" brings the rest and lays the whole graph out again.
        await page.EvaluateAsync("() => kgExplorer.loadMore()");

        var result = await page.EvaluateAsync<JsonElement>("""
            () => {
              const boxes = kgExplorer.cy.nodes(':visible').map(node => node.boundingBox({ includeLabels: false, includeOverlays: false }));
              let overlaps = 0;
              for (let i = 0; i < boxes.length; i++)
                for (let j = i + 1; j < boxes.length; j++) {
                  const a = boxes[i], b = boxes[j];
                  if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
                }
              const concepts = kgExplorer.cy.nodes(':visible').filter(node => ['TREND', 'CHALLENGE', 'INDUSTRY', 'TECHNOLOGY'].includes(node.data('kind'))).length;
              return { nodes: boxes.length, concepts, overlaps };
            }
            """);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "explorer-large.png") });

        Assert.True(result.GetProperty("concepts").GetInt32() >= 300, $"only {result.GetProperty("concepts").GetInt32()} concepts drawn");
        Assert.Equal(0, result.GetProperty("overlaps").GetInt32());
        Assert.Empty(errors);
    }
}

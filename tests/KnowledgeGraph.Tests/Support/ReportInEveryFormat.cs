using System.Diagnostics;
using System.Net;
using Markdig;
using Microsoft.Playwright;

namespace KnowledgeGraph.Tests.Support;

/// <summary>
/// The tests' own reports (Import/Formats/Reports/*.md) in every format an analyst gets them in: the
/// Markdown itself; a saved web page around it (navigation, sidebar, footer, script: page furniture the
/// reader must leave out); a .docx written with the Open XML SDK; a PDF printed by Chromium (A5, with a
/// running header and page numbers to remove); and a second PDF, from LibreOffice converting the .docx.
/// Two bad PDFs come with them: a scan (pages that are only an image) and one that needs a password.
/// Debian's chromium and LibreOffice are required (.ci/run installs both); without them this fails saying so.
/// </summary>
public sealed class ReportInEveryFormat : IAsyncLifetime
{
    /// <summary>The test classes that read these files share one set: printing them takes seconds.</summary>
    public const string Collection = "report in every format";

    public static string ChromiumPath { get; } = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static IReadOnlyList<string> Reports { get; } = ["industry-zh", "industry-en"];

    private readonly string _folder = Directory.CreateTempSubdirectory("kg-formats-").FullName;

    /// <summary>The report's file in a format: "md", "html", "docx", "chromium.pdf", "libreoffice.pdf".</summary>
    public byte[] Content(string report, string format) => File.ReadAllBytes(Path.Combine(_folder, $"{report}.{format}"));

    /// <summary>A PDF whose page is a picture of text, as a scanner makes it: no text layer.</summary>
    public byte[] ScannedPdf => File.ReadAllBytes(Path.Combine(_folder, "scanned.pdf"));

    /// <summary>A PDF that opens only with a password (LibreOffice's export with DocumentOpenPassword).</summary>
    public byte[] EncryptedPdf => File.ReadAllBytes(Path.Combine(_folder, "encrypted.pdf"));

    public static string Markdown(string report) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Import", "Formats", "Reports", $"{report}.md"));

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does, or set CHROMIUM_PATH.");
        }
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        foreach (var report in Reports)
        {
            var markdown = Markdown(report);
            var title = markdown.Split('\n')[0].TrimStart('#', ' ');
            await File.WriteAllTextAsync(Path.Combine(_folder, $"{report}.md"), markdown);
            var article = Markdig.Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UsePipeTables().Build());
            await File.WriteAllTextAsync(Path.Combine(_folder, $"{report}.html"), SavedPage(title, article));
            var docx = Path.Combine(_folder, $"{report}.docx");
            await File.WriteAllBytesAsync(docx, WordWriter.FromMarkdown(markdown));

            var page = await browser.NewPageAsync();
            // Printed from the article alone: a PDF report has no site navigation around it.
            await page.SetContentAsync($"<!doctype html><html><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head><body>{article}</body></html>");
            await page.PdfAsync(new PagePdfOptions
            {
                Path = Path.Combine(_folder, $"{report}.chromium.pdf"),
                Format = "A5",
                DisplayHeaderFooter = true,
                HeaderTemplate = $"<div style=\"font-size:8px;width:100%;text-align:center\">{WebUtility.HtmlEncode(title)} · 内部资料</div>",
                FooterTemplate = "<div style=\"font-size:8px;width:100%;text-align:center\">第 <span class=\"pageNumber\"></span> 页</div>",
                Margin = new Margin { Top = "18mm", Bottom = "18mm", Left = "15mm", Right = "15mm" },
            });
            await page.CloseAsync();
            await ConvertWithLibreOfficeAsync(docx, Path.Combine(_folder, $"{report}.libreoffice.pdf"), "pdf");
        }
        var scan = await browser.NewPageAsync();
        // Text drawn on a canvas prints as an image: what a scanner's PDF holds.
        await scan.SetContentAsync("""
            <canvas id="scan" width="800" height="400"></canvas>
            <script>const c = document.getElementById('scan').getContext('2d'); c.font = '40px sans-serif'; c.fillText('一、发展趋势 多模态融合', 20, 100);</script>
            """);
        await scan.PdfAsync(new PagePdfOptions { Path = Path.Combine(_folder, "scanned.pdf"), Format = "A5" });
        await ConvertWithLibreOfficeAsync(Path.Combine(_folder, $"{Reports[^1]}.docx"), Path.Combine(_folder, "encrypted.pdf"),
            """pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}""");
    }

    private static string SavedPage(string title, string article) => $$"""
        <!doctype html>
        <html lang="zh"><head><meta charset="utf-8"><title>{{WebUtility.HtmlEncode(title)}} - 示例资讯网</title>
        <style>body { font-family: sans-serif } .sidebar { float: right }</style>
        <script>window.analytics = { track: function () { return "挑战 趋势"; } };</script></head>
        <body>
        <header><a href="/">示例资讯网</a><nav><a href="/news">新闻</a> <a href="/trends">行业趋势</a> <a href="/challenges">挑战专题</a> <a href="/about">关于我们</a></nav></header>
        <main><article>{{article}}</article></main>
        <aside class="sidebar"><h3>相关文章</h3><ul><li><a href="/a/1">自动驾驶面临的十大挑战</a></li><li><a href="/a/2">元宇宙的未来趋势</a></li></ul></aside>
        <footer><p>© 2026 示例资讯网 版权所有 | 京ICP备00000000号</p><p><a href="/privacy">隐私政策</a></p></footer>
        </body></html>
        """;

    private static async Task ConvertWithLibreOfficeAsync(string docx, string pdf, string filter)
    {
        var profile = Directory.CreateTempSubdirectory("kg-soffice-").FullName;
        var outDir = Directory.CreateTempSubdirectory("kg-soffice-out-").FullName;
        var start = new ProcessStartInfo("soffice", ["--headless", "--norestore", $"-env:UserInstallation=file://{profile}", "--convert-to", filter, "--outdir", outDir, docx])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("soffice is missing: install LibreOffice (apt-get install -y --no-install-recommends libreoffice-writer-nogui), as .ci/run does.", ex);
        }
        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            var converted = Path.Combine(outDir, Path.GetFileNameWithoutExtension(docx) + ".pdf");
            if (process.ExitCode != 0 || !File.Exists(converted))
            {
                throw new InvalidOperationException($"LibreOffice did not convert {docx}: {await process.StandardError.ReadToEndAsync()}");
            }
            File.Move(converted, pdf, overwrite: true);
        }
        Directory.Delete(profile, recursive: true);
        Directory.Delete(outDir, recursive: true);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(ReportInEveryFormat.Collection)]
public sealed class ReportInEveryFormatCollection : ICollectionFixture<ReportInEveryFormat>;

using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>
/// The API on a real loopback port and Debian's Chromium driven by Playwright (never a downloaded
/// browser). Chromium is required: .ci/run installs it; a machine without it fails here, saying so.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium; CHROMIUM_PATH points elsewhere (GitHub's runners have Google Chrome).</summary>
    public static string ChromiumPath { get; } = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public KnowledgeGraphApplication App { get; private set; } = null!;

    /// <summary>The documents folder the API starts from; null: a fresh copy of seeds/.</summary>
    protected virtual string? Documents => null;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseAddress { get; private set; } = "";

    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does, or set CHROMIUM_PATH.");
        }
        App = new KnowledgeGraphApplication([], Documents);
        App.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        BaseAddress = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumFlags,
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

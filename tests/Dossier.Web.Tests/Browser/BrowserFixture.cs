using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Dossier.Web.Tests.Browser;

/// <summary>
/// The real app on Kestrel (a free loopback port) and one headless Chromium, shared by the browser tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    public const string ApiKey = "browser-test-key-0123456789";

    private WebApplication? _app;
    private WebApplication? _corpusApp;
    private Api.TempDb? _db;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    /// <summary>A second server with a corpus (holding the annotated sample), writes allowed with <see cref="ApiKey"/>.</summary>
    public string CorpusUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = DossierWebApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"], configure: null);
        await _app.StartAsync();
        BaseUrl = _app.Urls.First().TrimEnd('/');
        _db = new Api.TempDb();
        _db.Store(Fixtures.Records.AnnotatedSample(Fixtures.Records.SampleSentences));
        _corpusApp = DossierWebApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"], o =>
        {
            o.Db = _db.Path;
            o.AllowWrites = true;
            o.ApiKey = ApiKey;
        });
        await _corpusApp.StartAsync();
        CorpusUrl = _corpusApp.Urls.First().TrimEnd('/');
        if (!File.Exists(BrowserFactAttribute.ChromiumPath))
        {
            // Tests are skipped outside CI; in CI they reach this and fail with the reason.
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page (own storage), 1400×1000, that records console errors and dialogs.</summary>
    public async Task<(IPage Page, List<string> Errors)> NewPageAsync()
    {
        if (Browser is null)
            throw new InvalidOperationException($"{BrowserFactAttribute.ChromiumPath} is missing: install it with apt-get install chromium (.ci/setup does)");
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        page.Dialog += async (_, d) => { errors.Add($"dialog: {d.Message}"); await d.DismissAsync(); };
        return (page, errors);
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(RepoPaths.Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Screenshots, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        foreach (var app in new[] { _app, _corpusApp })
        {
            if (app is null) continue;
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Dispose();
    }

    public void Dispose()
    {
        _db?.Dispose();
        _db = null;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Dossier.Web.Tests.Browser;

/// <summary>
/// The real app on Kestrel (a free loopback port) and one headless Chromium, shared by the browser tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = DossierWebApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"], configure: null);
        await _app.StartAsync();
        BaseUrl = _app.Urls.First().TrimEnd('/');
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
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

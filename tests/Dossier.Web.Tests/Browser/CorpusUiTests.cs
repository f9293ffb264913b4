using Dossier.Web.Tests.Fixtures;
using Microsoft.Playwright;

namespace Dossier.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class CorpusUiTests(BrowserFixture fixture)
{
    private async Task OpenAsync(IPage page, string hash)
    {
        await page.GotoAsync($"{fixture.CorpusUrl}/{hash}");
        await page.WaitForSelectorAsync("body[data-ready=true]");
    }

    [BrowserFact]
    public async Task Corpus_pages_list_documents_events_and_actors_from_the_store()
    {
        var (page, errors) = await fixture.NewPageAsync();
        await OpenAsync(page, "#/corpus");
        Assert.True(await page.IsVisibleAsync("#nav-corpus"));
        await page.WaitForSelectorAsync("#corpus-table tbody tr");
        Assert.Equal(1, await page.Locator("#corpus-table tbody tr").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "10-corpus-documents");

        // Opening a stored document shows its stored record in the document view.
        await page.ClickAsync("#corpus-table button.linkish");
        await page.WaitForSelectorAsync("#doc-text");
        Assert.Equal(Records.SampleText, await page.TextContentAsync("#doc-text"));
        Assert.Equal("12", await page.GetAttributeAsync("#legend li[data-layer=entities]", "data-count"));

        await OpenAsync(page, "#/corpus/events");
        await page.WaitForSelectorAsync("#corpus-table tbody tr");
        Assert.Equal(5, await page.Locator("#corpus-table tbody tr").CountAsync());
        await page.FillAsync("#c-actor", "beridze");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#corpus-table tbody tr').length === 3");
        var csv = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#corpus-csv"));
        var lines = (await File.ReadAllTextAsync(await csv.PathAsync())).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("date,type,cameo,source_name,target_name", lines[0], StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "11-corpus-events");

        await OpenAsync(page, "#/corpus/actors");
        await page.WaitForSelectorAsync("#corpus-table tbody tr");
        await page.ClickAsync("#corpus-table a:text-is('Georgian police')");
        await page.WaitForFunctionAsync("() => document.querySelector('#actor-name')?.textContent === 'Georgian police'");
        Assert.Equal(3, await page.Locator("#corpus-timeline rect.bar").CountAsync());
        Assert.Equal(4, await page.Locator("#corpus-graph .node").CountAsync());
        Assert.Equal(3, await page.Locator("#corpus-actor-events tbody tr").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "12-corpus-actor");
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Analyze_and_store_sends_the_api_key_and_opens_the_stored_document()
    {
        var (page, errors) = await fixture.NewPageAsync();
        await OpenAsync(page, "#/analyze");
        var text = "Protesters gathered outside parliament in Tbilisi on Friday. Police said the rally was peaceful.";
        await page.FillAsync("#article", text);
        await page.FillAsync("#api-key", "wrong-key-wrong-key");
        await page.ClickAsync("#store");
        await page.WaitForSelectorAsync("#analyze-message .error");
        Assert.Contains("API key", await page.InnerTextAsync("#analyze-message"), StringComparison.Ordinal);

        await page.FillAsync("#api-key", BrowserFixture.ApiKey);
        await page.ClickAsync("#store");
        await page.WaitForSelectorAsync("#doc-text");
        Assert.Equal(text, await page.TextContentAsync("#doc-text"));

        await OpenAsync(page, "#/corpus");
        await page.FillAsync("#c-q", "parliament");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#corpus-table tbody tr').length === 1");
        Assert.All(errors, e => Assert.Contains("401", e, StringComparison.Ordinal));
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Dossier.Serialization;
using Dossier.Web.Tests.Fixtures;
using Microsoft.Playwright;

namespace Dossier.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class UiTests(BrowserFixture fixture)
{
    private static readonly (string Key, string Layer)[] s_layers =
        [("sentences", "sentences"), ("entities", "actors"), ("events", "events"), ("quotes", "quotes"), ("figures", "figures"), ("timexes", "timexes")];

    private async Task<DossierOutput> AnalyzeViaApiAsync(string text, string? date)
    {
        using var client = new HttpClient { BaseAddress = new Uri(fixture.BaseUrl) };
        var response = await client.PostAsJsonAsync("/api/analyze", new { text, date });
        response.EnsureSuccessStatusCode();
        return DossierJson.Deserialize(await response.Content.ReadAsStringAsync());
    }

    private async Task OpenAsync(IPage page, string hash)
    {
        await page.GotoAsync($"{fixture.BaseUrl}/{hash}");
        await page.WaitForSelectorAsync("body[data-ready=true]");
    }

    /// <summary>Opens the UI with <paramref name="record"/> as the current record, at <paramref name="hash"/>.</summary>
    private async Task ShowRecordAsync(IPage page, DossierOutput record, string hash)
    {
        await OpenAsync(page, "#/analyze");
        await page.EvaluateAsync(PageScripts.SetCurrent, DossierJson.Serialize(record, indented: false));
        // A reload, so the page reads the stored record afresh rather than one it holds in memory.
        await page.GotoAsync($"{fixture.BaseUrl}/{hash}");
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-ready=true]");
        Assert.Equal(hash.Split('/')[1], await page.EvaluateAsync<string>("() => document.body.dataset.page"));
    }

    private static async Task AnalyzeInUiAsync(IPage page, string text, string date, string title)
    {
        await page.FillAsync("#article", text);
        await page.FillAsync("#date", date);
        await page.FillAsync("#title", title);
        await page.ClickAsync("#analyze");
        await page.WaitForSelectorAsync("#doc-text");
    }

    private static int AnnotationCount(DossierOutput r, string key) => key switch
    {
        "sentences" => r.Sentences.Count,
        "entities" => r.Entities.Sum(e => e.Mentions.Count),
        "events" => r.Events.Count,
        "quotes" => r.Quotes.Count,
        "figures" => r.Figures.Count,
        _ => r.Timexes.Count,
    };

    /// <summary>The legend states, per layer, whether the pipeline produced it and how many annotations it has.</summary>
    private static async Task AssertLegendAsync(IPage page, DossierOutput record)
    {
        foreach (var (key, layer) in s_layers)
        {
            var item = page.Locator($"#legend li[data-layer={key}]");
            var produced = record.Layers.Contains(layer);
            Assert.Equal(produced ? "true" : "false", await item.GetAttributeAsync("data-produced"));
            Assert.Equal(AnnotationCount(record, key).ToString(System.Globalization.CultureInfo.InvariantCulture), await item.GetAttributeAsync("data-count"));
            if (!produced) Assert.Contains("not produced yet", await item.InnerTextAsync(), StringComparison.Ordinal);
        }
    }

    [BrowserFact]
    public async Task Pasting_the_sample_shows_its_text_with_every_produced_layer_highlighted()
    {
        var (page, errors) = await fixture.NewPageAsync();
        await OpenAsync(page, "#/analyze");
        Assert.Contains("sentences", await page.InnerTextAsync("#pipeline-layers"), StringComparison.Ordinal);
        await page.FillAsync("#article", Records.SampleText);
        await page.FillAsync("#date", "2025-01-22");
        await page.FillAsync("#title", "Georgian police detain union leader");
        await BrowserFixture.ScreenshotAsync(page, "01-analyze");
        await page.ClickAsync("#analyze");
        await page.WaitForSelectorAsync("#doc-text");

        var record = await AnalyzeViaApiAsync(Records.SampleText, "2025-01-22");
        Assert.Equal(Records.SampleText, await page.TextContentAsync("#doc-text"));
        Assert.Equal("Georgian police detain union leader", await page.TextContentAsync("#doc-title"));
        Assert.Equal("2025-01-22", await page.TextContentAsync("#doc-date"));
        await AssertLegendAsync(page, record);
        Assert.Equal(record.Sentences.Count, await page.Locator("#doc-text .sent-mark").CountAsync());
        Assert.Empty(await page.EvaluateAsync<string[]>(PageScripts.CheckHighlights, DossierJson.Serialize(record, false)));

        // Whatever the pipeline yields, pointing at a highlight shows its record in the side panel.
        var first = page.Locator("#doc-text .seg").First;
        await first.HoverAsync();
        Assert.True(await page.Locator("#panel .card").CountAsync() > 0);
        Assert.Contains("Offsets", await page.InnerTextAsync("#panel"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "02-document");

        // Every data page renders for this record; layers the pipeline lacks say so instead of showing made-up rows.
        foreach (var (hash, layer, id) in new[] { ("#/events", "events", "events-table"), ("#/actors", "actors", "actors-table") })
        {
            await page.EvaluateAsync($"() => {{ window.location.hash = '{hash}'; }}");
            await page.WaitForFunctionAsync($"() => document.body.dataset.page === '{hash[2..]}'");
            if (!record.Layers.Contains(layer))
                Assert.Contains("does not produce", await page.InnerTextAsync("#view"), StringComparison.Ordinal);
            else if (layer == "events" ? record.Events.Count > 0 : record.Entities.Count > 0)
                Assert.True(await page.Locator($"#{id}").IsVisibleAsync());
        }

        if (record.Entities.Count > 0)
        {
            var entity = record.Entities.OrderBy(e => e.Name, StringComparer.Ordinal).First();
            await page.EvaluateAsync($"() => {{ window.location.hash = '#/actor/{Uri.EscapeDataString(entity.Id)}'; }}");
            await page.WaitForSelectorAsync("#actor-name");
            Assert.Equal(entity.Name, await page.TextContentAsync("#actor-name"));
            await BrowserFixture.ScreenshotAsync(page, "03-actor-from-pipeline");
        }

        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Annotated_record_highlights_each_layer_in_its_own_style_with_provenance_on_hover()
    {
        var (page, errors) = await fixture.NewPageAsync();
        var sentences = (await AnalyzeViaApiAsync(Records.SampleText, null)).Sentences;
        var record = Records.AnnotatedSample(sentences);
        await ShowRecordAsync(page, record, "#/doc");

        await AssertLegendAsync(page, record);
        Assert.Empty(await page.EvaluateAsync<string[]>(PageScripts.CheckHighlights, DossierJson.Serialize(record, false)));

        // Distinct styles: each layer changes a different visual property.
        async Task<string> Style(string selector, string property) =>
            await page.EvalOnSelectorAsync<string>(selector, $"e => getComputedStyle(e).{property}");
        Assert.NotEqual("rgba(0, 0, 0, 0)", await Style("#doc-text .seg.hl-entities", "backgroundColor"));
        Assert.Contains("underline", await Style("#doc-text .seg.hl-events", "textDecorationLine"), StringComparison.Ordinal);
        Assert.Equal("italic", await Style("#doc-text .seg.hl-quotes", "fontStyle"));
        Assert.NotEqual("none", await Style("#doc-text .seg.hl-figures", "boxShadow"));
        Assert.Contains("overline", await Style("#doc-text .seg.hl-timexes:not(.hl-events)", "textDecorationLine"), StringComparison.Ordinal);

        // Hover a figure: its card shows value, source, rule and offsets.
        var f1 = record.Figures.Single(f => f.Id == "f1");
        await page.HoverAsync($"#doc-text .seg.hl-figures[data-start='{f1.Evidence.Start}']");
        var card = page.Locator("#panel .card-figures");
        Assert.Equal(1, await card.CountAsync());
        var cardText = await card.InnerTextAsync();
        foreach (var expected in new[] { "23", "at_least", "Health Ministry", "fixture", $"{f1.Evidence.Start}–{f1.Evidence.End}" })
            Assert.Contains(expected, cardText, StringComparison.Ordinal);

        // Hover an event dated only by its document: the card says so rather than passing the date off as stated.
        var ev3 = record.Events.Single(e => e.Id == "ev3");
        await page.HoverAsync($"#doc-text .seg.hl-events[data-start='{ev3.Evidence.Start}']");
        var eventCard = await page.InnerTextAsync("#panel .card-events");
        Assert.Contains("2025-01-22 (the document date)", eventCard, StringComparison.Ordinal);

        // Click pins an entity mention: moving the pointer elsewhere keeps its record in the panel.
        var beridze = record.Entities.Single(e => e.Id == "beridze").Mentions[0];
        await page.ClickAsync($"#doc-text .seg.hl-entities[data-start='{beridze.Start}']");
        await page.HoverAsync("#doc-title");
        await page.HoverAsync($"#doc-text .seg.hl-timexes >> nth=0");
        var pinned = await page.InnerTextAsync("#panel .card-entities");
        Assert.Contains("Levan Beridze", pinned, StringComparison.Ordinal);
        Assert.Contains("PERSON", pinned, StringComparison.Ordinal);
        Assert.Contains("52", pinned, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "04-document-annotated");

        // The keyboard reaches annotations too: focusing one shows its record.
        await page.Keyboard.PressAsync("Escape");
        await page.Locator($"#doc-text .seg.hl-timexes >> nth=0").FocusAsync();
        Assert.Contains("Time expression", await page.InnerTextAsync("#panel"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#doc-text .seg[tabindex]:not(.hl-entities):not(.hl-events):not(.hl-quotes):not(.hl-figures):not(.hl-timexes)").CountAsync());

        // A layer can be hidden from the legend.
        await page.UncheckAsync("#show-events");
        Assert.Equal(0, await page.Locator("#doc-text .seg.hl-events").CountAsync());
        Assert.True(await page.Locator("#doc-text .seg.hl-entities").CountAsync() > 0);
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Events_table_filters_sorts_and_downloads_what_it_shows_as_csv()
    {
        var (page, errors) = await fixture.NewPageAsync();
        var record = Records.AnnotatedSample(Records.SampleSentences);
        await ShowRecordAsync(page, record, "#/events");
        var rows = page.Locator("#events-table tbody tr");
        Assert.Equal(record.Events.Count, await rows.CountAsync());

        await page.SelectOptionAsync("#event-actor", "beridze");
        var beridzeEvents = record.Events.Count(e => e.Source == "beridze" || e.Target == "beridze");
        Assert.Equal(beridzeEvents, await rows.CountAsync());
        Assert.Equal($"{beridzeEvents} of {record.Events.Count} events", await page.TextContentAsync("#event-count"));
        await page.UncheckAsync("#event-negated");
        Assert.Equal(beridzeEvents - 1, await rows.CountAsync());
        await page.CheckAsync("#event-negated");
        await page.SelectOptionAsync("#event-actor", "");

        await page.ClickAsync("button.sort[data-key=type]");
        var types = await page.Locator("#events-table tbody td.col-type").AllTextContentsAsync();
        Assert.Equal(types.Order(StringComparer.Ordinal), types);
        await page.ClickAsync("button.sort[data-key=type]");
        types = await page.Locator("#events-table tbody td.col-type").AllTextContentsAsync();
        Assert.Equal(types.OrderDescending(StringComparer.Ordinal), types);
        Assert.Equal("descending", await page.GetAttributeAsync("button.sort[data-key=type]", "aria-sort"));

        await page.FillAsync("#event-q", "tear gas");
        Assert.Equal(1, await rows.CountAsync());
        await page.FillAsync("#event-q", "");
        await BrowserFixture.ScreenshotAsync(page, "05-events");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#event-csv"));
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,date,type,cameo,source,target", lines[0], StringComparison.Ordinal);
        Assert.Equal(record.Events.Count + 1, lines.Length - CountEmbeddedNewlines(csv));
        Assert.Contains("Levan Beridze", csv, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    private static int CountEmbeddedNewlines(string csv)
    {
        int n = 0;
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            if (csv[i] == '"') quoted = !quoted;
            else if (quoted && csv[i] == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') n++;
        }

        return n;
    }

    [BrowserFact]
    public async Task Actor_page_shows_attributes_timeline_and_graph_as_svg()
    {
        var (page, errors) = await fixture.NewPageAsync();
        var record = Records.AnnotatedSample(Records.SampleSentences);
        await ShowRecordAsync(page, record, "#/actors");
        Assert.Equal(record.Entities.Count, await page.Locator("#actors-table tbody tr").CountAsync());
        await page.ClickAsync("#actors-table a:text-is('Georgian police')");
        await page.WaitForSelectorAsync("#actor-name");
        Assert.Equal("Georgian police", await page.TextContentAsync("#actor-name"));

        var involved = record.Events.Where(e => e.Source == "police" || e.Target == "police").ToList();
        Assert.Equal(involved.Count, await page.Locator("#actor-timeline circle.dot").CountAsync());
        Assert.Equal(involved.Count(e => e.Source == "police"), await page.Locator("#actor-timeline circle.dot.dot-source").CountAsync());
        // Acts on Beridze and the protesters; acted on by the Free Georgia Alliance; plus itself in the middle.
        Assert.Equal(4, await page.Locator("#actor-graph a.node").CountAsync());
        Assert.Equal(2, await page.Locator("#actor-graph line.edge-out").CountAsync());
        Assert.Equal(1, await page.Locator("#actor-graph line.edge-in").CountAsync());
        var labels = await page.Locator("#actor-graph text").AllTextContentsAsync();
        Assert.Contains("Levan Beridze", labels);
        Assert.Contains("Free Georgia Alliance", labels);
        await BrowserFixture.ScreenshotAsync(page, "06-actor");

        await page.ClickAsync("#actor-graph a.node:has-text('Levan Beridze')");
        await page.WaitForFunctionAsync("() => document.querySelector('#actor-name')?.textContent === 'Levan Beridze'");
        Assert.Contains("52", await page.InnerTextAsync("#actor-attributes"), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Claims_view_puts_sources_side_by_side_and_marks_conflicts()
    {
        var (page, errors) = await fixture.NewPageAsync();
        await ShowRecordAsync(page, Records.ConflictingClaims(), "#/claims");
        var headers = await page.Locator(".claims-kind[data-kind=injured] thead th").AllTextContentsAsync();
        Assert.Equal(["Subject", "Health Ministry", "Medics", "Organisers"], headers);
        Assert.Equal(1, await page.Locator(".claims-kind[data-kind=injured] tr.conflict").CountAsync());
        // 23 and 41 cannot both be true, and "at least 30" rules out 23; 41 fits "at least 30" but not 23.
        var clashing = await page.Locator(".claim.clash").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.id)");
        Assert.Equal(["f1", "f2", "f3"], clashing.Order(StringComparer.Ordinal));
        await BrowserFixture.ScreenshotAsync(page, "07-claims-conflict");

        await ShowRecordAsync(page, Records.AnnotatedSample(Records.SampleSentences), "#/claims");
        Assert.Equal(0, await page.Locator("tr.conflict").CountAsync());
        Assert.Equal(3, await page.Locator(".claims-kind").CountAsync());
        var quotes = await page.InnerTextAsync("dl.quotes");
        Assert.Contains("Marta Kowalewska", quotes, StringComparison.Ordinal);
        Assert.Contains("Dialogue, not detentions", quotes, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "08-claims");
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Hostile_article_text_is_shown_as_text_and_never_runs()
    {
        var (page, errors) = await fixture.NewPageAsync();
        await OpenAsync(page, "#/analyze");
        await AnalyzeInUiAsync(page, SafetyText, "2025-01-22", "<img src=x onerror=\"window.__xss=9\">");
        Assert.Equal(SafetyText, await page.TextContentAsync("#doc-text"));
        Assert.Equal("<img src=x onerror=\"window.__xss=9\">", await page.TextContentAsync("#doc-title"));
        Assert.Equal(0, await page.Locator("#view script, #view img, #doc-text a, #doc-text svg, #doc-text iframe").CountAsync());
        foreach (var seg in await page.Locator("#doc-text .seg").AllAsync()) await seg.HoverAsync();
        await BrowserFixture.ScreenshotAsync(page, "09-hostile-text");

        // A hostile record (as a corpus could hold) renders as text on every page, and its javascript: URL is disarmed.
        var hostile = HostileRecord();
        await ShowRecordAsync(page, hostile, "#/doc");
        Assert.Equal("#", await page.GetAttributeAsync(".doc-head a", "href"));
        await page.ClickAsync(".doc-head a");
        foreach (var hash in new[] { "#/events", "#/actors", "#/actor/x1", "#/claims", "#/doc" })
        {
            await page.EvaluateAsync($"() => {{ window.location.hash = '{hash}'; }}");
            await page.WaitForFunctionAsync($"() => document.body.dataset.page === '{hash.Split('/')[1]}'");
            Assert.Equal(0, await page.Locator("#view img, #view script, #view iframe").CountAsync());
            if (hash == "#/actor/x1")
                Assert.Equal("<img src=x onerror=window.__xss=10>", await page.TextContentAsync("#actor-name"));
            if (hash == "#/events")
                Assert.Equal("<img src=x onerror=window.__xss=14>", await page.TextContentAsync("#events-table td.col-type"));
        }

        foreach (var seg in await page.Locator("#doc-text .seg").AllAsync()) await seg.HoverAsync();
        Assert.Equal(0, await page.Locator("#panel img, #panel script").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));
        Assert.Empty(errors);
    }

    private const string SafetyText =
        "Officials said <script>window.__xss=1</script> the port was closed.\n\n" +
        "A witness posted <img src=x onerror=\"window.__xss=2\"> and <a href=\"javascript:window.__xss=3\">a link</a>.\n\n" +
        "Then \" onmouseover=\"window.__xss=4\" x=\" and </textarea><svg onload=window.__xss=5> appeared.";

    private static DossierOutput HostileRecord()
    {
        var b = new RecordBuilder("<b>id</b>", SafetyText, "<script>window.__xss=11</script>", "2025-01-22");
        b.Entity("x1", "<img src=x onerror=window.__xss=10>", "<svg onload=window.__xss=12>", ["Officials"], ("role", "<script>window.__xss=1</script>"))
            .Entity("x2", "</td><img src=x onerror=window.__xss=13>", "GROUP", ["A witness"]);
        b.Event("e1", "<img src=x onerror=window.__xss=14>", "x1", "x2", "2025-01-21", b.Find("<script>window.__xss=1</script>"))
            .Quote("q1", "x1", "<a href=\"javascript:window.__xss=3\">a link</a>", "<i>posted</i>", "<b>X</b>")
            .Figure("f1", "<b>kind</b>", 1, "exact", "x2", "x1", "\" onmouseover=\"window.__xss=4\"");
        var record = b.Build([new RangeOut(0, SafetyText.Length)]);
        return record with { Document = record.Document with { Url = "javascript:window.__xss=15" } };
    }

    [BrowserFact]
    public async Task Uploading_a_text_file_fills_the_form_and_analyses_it()
    {
        var (page, errors) = await fixture.NewPageAsync();
        await OpenAsync(page, "#/analyze");
        await page.SetInputFilesAsync("#file", RepoPaths.Sample("tbilisi-port-strike.txt"));
        await page.WaitForFunctionAsync("() => document.querySelector('#article').value.length > 0");
        Assert.Equal(Records.SampleText, await page.InputValueAsync("#article"));
        Assert.Equal("tbilisi-port-strike", await page.InputValueAsync("#title"));
        await page.ClickAsync("#analyze");
        await page.WaitForSelectorAsync("#doc-text");
        Assert.Equal(Records.SampleText, await page.TextContentAsync("#doc-text"));

        // A problem from the API is shown to the user, not swallowed.
        await OpenAsync(page, "#/analyze");
        await page.FillAsync("#article", "Some text.");
        await page.EvaluateAsync("() => { const d = document.querySelector('#date'); d.type = 'text'; d.value = 'not-a-date'; }");
        await page.ClickAsync("#analyze");
        await page.WaitForSelectorAsync("#analyze-message .error");
        Assert.Contains("'date' must be a date", await page.InnerTextAsync("#analyze-message"), StringComparison.Ordinal);
        Assert.Contains(errors, e => e.Contains("400", StringComparison.Ordinal));
        Assert.True(errors.All(e => e.Contains("400", StringComparison.Ordinal)), string.Join("\n", errors));
    }
}

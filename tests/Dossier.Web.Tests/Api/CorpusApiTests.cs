using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dossier.Serialization;
using Dossier.Web.Tests.Fixtures;

namespace Dossier.Web.Tests.Api;

public sealed class CorpusApiTests
{
    private static WebFactory Server(TempDb db, bool writes = false, string? key = null) => WebFactory.With(new Dictionary<string, string?>
    {
        ["Dossier:Db"] = db.Path,
        ["Dossier:AllowWrites"] = writes ? "true" : "false",
        ["Dossier:ApiKey"] = key,
        ["Dossier:MaxPageSize"] = "50",
        ["Dossier:DefaultPageSize"] = "10",
    });

    private static DossierOutput Annotated() => Records.AnnotatedSample(Records.SampleSentences);

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    [Theory]
    [InlineData("/api/documents")]
    [InlineData("/api/events")]
    [InlineData("/api/actors")]
    [InlineData("/api/search?q=port")]
    public async Task Without_a_database_corpus_endpoints_are_404_problems_naming_the_option(string path)
    {
        using var factory = new WebFactory();
        using var client = factory.CreateClient();
        await AnalyzeApiTests.AssertProblem(await client.GetAsync(path), HttpStatusCode.NotFound, "--db");
    }

    [Fact]
    public async Task Writes_are_refused_by_default()
    {
        using var db = new TempDb();
        using var factory = Server(db);
        using var client = factory.CreateClient();
        using var health = JsonDocument.Parse(await client.GetStringAsync("/api/health"));
        Assert.Equal("sqlite", health.RootElement.GetProperty("store").GetString());
        Assert.False(health.RootElement.GetProperty("writes_allowed").GetBoolean());
        var response = await client.PostAsJsonAsync("/api/documents", new { text = Records.SampleText });
        await AnalyzeApiTests.AssertProblem(response, HttpStatusCode.Forbidden, "--allow-writes");
        Assert.Empty((await Json(await client.GetAsync("/api/documents"))).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Ingest_needs_the_api_key_when_one_is_set_and_is_idempotent()
    {
        using var db = new TempDb();
        using var factory = Server(db, writes: true, key: "0123456789abcdef-test-key");
        using var client = factory.CreateClient();
        var body = new { text = Records.SampleText, title = "Port strike", date = "2025-01-22", url = "https://example.org/strike" };

        await AnalyzeApiTests.AssertProblem(await client.PostAsJsonAsync("/api/documents", body), HttpStatusCode.Unauthorized, "X-Api-Key");
        client.DefaultRequestHeaders.Add("X-Api-Key", "0123456789abcdef-wrong-key");
        await AnalyzeApiTests.AssertProblem(await client.PostAsJsonAsync("/api/documents", body), HttpStatusCode.Unauthorized, "X-Api-Key");
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        client.DefaultRequestHeaders.Add("X-Api-Key", "0123456789abcdef-test-key");

        var created = await client.PostAsJsonAsync("/api/documents", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var first = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        Assert.Equal("stored", first.RootElement.GetProperty("status").GetString());
        long key = first.RootElement.GetProperty("key").GetInt64();
        Assert.Equal($"/api/documents/{key}", created.Headers.Location?.OriginalString);

        var again = await Json(await client.PostAsJsonAsync("/api/documents", body));
        Assert.Equal("already_stored", again.GetProperty("status").GetString());
        Assert.Equal(key, again.GetProperty("key").GetInt64());

        // Reads need no key; the stored record is the analysis of the text, metadata included.
        using var reader = factory.CreateClient();
        var record = DossierJson.Deserialize(await reader.GetStringAsync($"/api/documents/{key}"));
        Assert.Equal(Records.SampleText, record.Document.Text);
        Assert.Equal("Port strike", record.Document.Title);
        Assert.Equal("https://example.org/strike", record.Document.Url);
        Assert.NotEmpty(record.Sentences);
        var list = await Json(await reader.GetAsync("/api/documents"));
        var row = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(key, row.GetProperty("key").GetInt64());
        Assert.False(row.TryGetProperty("source_path", out _));

        await AnalyzeApiTests.AssertProblem(await reader.GetAsync($"/api/documents/{key + 1000}"), HttpStatusCode.NotFound, "");
    }

    [Fact]
    public async Task Document_lists_page_with_limit_and_offset_within_the_maximum()
    {
        using var db = new TempDb();
        db.Store([.. Enumerable.Range(1, 5).Select(i => new RecordBuilder($"d{i}", $"Report number {i} about the port.", $"T{i}", $"2025-01-0{i}")
            .Build([new RangeOut(0, 10)]))]);
        using var factory = Server(db);
        using var client = factory.CreateClient();

        var page1 = await Json(await client.GetAsync("/api/documents?limit=2"));
        Assert.Equal(2, page1.GetProperty("items").GetArrayLength());
        Assert.Equal(2, page1.GetProperty("next_offset").GetInt32());
        var page3 = await Json(await client.GetAsync("/api/documents?limit=2&offset=4"));
        Assert.Equal(1, page3.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, page3.GetProperty("next_offset").ValueKind);
        var all = await Json(await client.GetAsync("/api/documents"));
        Assert.Equal(5, all.GetProperty("items").GetArrayLength());
        Assert.Equal(10, all.GetProperty("limit").GetInt32());
        var ids = all.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var paged = page1.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Take(2), paged);

        var dated = await Json(await client.GetAsync("/api/documents?from=2025-01-02&to=2025-01-03"));
        Assert.Equal(["T2", "T3"], dated.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("title").GetString()).Order(StringComparer.Ordinal));

        foreach (var bad in new[] { "limit=0", "limit=51", "limit=x", "offset=-1", "offset=100001", "from=2025-13-01", "status=gone" })
            await AnalyzeApiTests.AssertProblem(await client.GetAsync($"/api/documents?{bad}"), HttpStatusCode.BadRequest, "");
    }

    [Fact]
    public async Task Events_filter_by_actor_type_and_date()
    {
        using var db = new TempDb();
        db.Store(Annotated());
        using var factory = Server(db);
        using var client = factory.CreateClient();

        var all = await Json(await client.GetAsync("/api/events"));
        Assert.Equal(5, all.GetProperty("items").GetArrayLength());
        var beridze = await Json(await client.GetAsync("/api/events?actor=beridze"));
        Assert.All(beridze.GetProperty("items").EnumerateArray(), e => Assert.True(
            e.GetProperty("source_name").GetString() == "Levan Beridze" || e.GetProperty("target_name").GetString() == "Levan Beridze"));
        Assert.Equal(3, beridze.GetProperty("items").GetArrayLength());
        var arrest = Assert.Single((await Json(await client.GetAsync("/api/events?type=arrest"))).GetProperty("items").EnumerateArray());
        Assert.Equal("Georgian police", arrest.GetProperty("source_name").GetString());
        Assert.Equal("2025-01-21", arrest.GetProperty("date").GetString());
        Assert.Contains("detained", arrest.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        var early = await Json(await client.GetAsync("/api/events?from=2025-01-20&to=2025-01-21"));
        Assert.Equal(["arrest", "use_force"], early.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("type").GetString()).Order(StringComparer.Ordinal));
        Assert.Empty((await Json(await client.GetAsync("/api/events?q=zebra"))).GetProperty("items").EnumerateArray());
        await AnalyzeApiTests.AssertProblem(await client.GetAsync("/api/events?to=yesterday"), HttpStatusCode.BadRequest, "'to'");
    }

    [Fact]
    public async Task Actor_detail_has_its_events_timeline_and_counterparts()
    {
        using var db = new TempDb();
        db.Store(Annotated());
        using var factory = Server(db);
        using var client = factory.CreateClient();

        var actors = await Json(await client.GetAsync("/api/actors?q=police"));
        var police = Assert.Single(actors.GetProperty("items").EnumerateArray());
        Assert.Equal("ORGANIZATION", police.GetProperty("type").GetString());

        var detail = await Json(await client.GetAsync("/api/actors/" + Uri.EscapeDataString(police.GetProperty("id").GetString()!)));
        Assert.Equal(3, detail.GetProperty("events").GetArrayLength());
        Assert.Equal(["2025-01-20", "2025-01-21", "2025-01-22"],
            detail.GetProperty("timeline").EnumerateArray().Select(d => d.GetProperty("date").GetString()));
        Assert.Equal(["Levan Beridze", "protesters"],
            detail.GetProperty("acts_on").EnumerateArray().Select(c => c.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        var by = Assert.Single(detail.GetProperty("acted_on_by").EnumerateArray());
        Assert.Equal("Free Georgia Alliance", by.GetProperty("name").GetString());
        Assert.Equal("condemn", by.GetProperty("types")[0].GetProperty("type").GetString());

        await AnalyzeApiTests.AssertProblem(await client.GetAsync("/api/actors/987654"), HttpStatusCode.NotFound, "987654");
        await AnalyzeApiTests.AssertProblem(await client.GetAsync("/api/actors/PERSON%3ANobody"), HttpStatusCode.NotFound, "not an actor id");
    }

    [Fact]
    public async Task Search_finds_documents_by_text_and_actors_by_name()
    {
        using var db = new TempDb();
        db.Store(Annotated(), new RecordBuilder("other", "Farmers protested in Lyon about diesel prices.", "Lyon", "2025-02-01").Build([new RangeOut(0, 10)]));
        using var factory = Server(db);
        using var client = factory.CreateClient();
        var result = await Json(await client.GetAsync("/api/search?q=tear%20gas"));
        var doc = Assert.Single(result.GetProperty("documents").GetProperty("items").EnumerateArray());
        Assert.Equal("fixture-sample", doc.GetProperty("id").GetString());
        var byName = await Json(await client.GetAsync("/api/search?q=Kapanadze"));
        Assert.Equal("Nino Kapanadze", Assert.Single(byName.GetProperty("actors").EnumerateArray()).GetProperty("name").GetString());
        await AnalyzeApiTests.AssertProblem(await client.GetAsync("/api/search"), HttpStatusCode.BadRequest, "'q'");
        await AnalyzeApiTests.AssertProblem(await client.GetAsync("/api/search?q=" + new string('x', 501)), HttpStatusCode.BadRequest, "longer");
    }

    [Fact]
    public async Task Ingest_rejects_bad_bodies_like_analyze()
    {
        using var db = new TempDb();
        using var factory = Server(db, writes: true);
        using var client = factory.CreateClient();
        using var xml = new StringContent("<a/>", Encoding.UTF8, "application/xml");
        await AnalyzeApiTests.AssertProblem(await client.PostAsync("/api/documents", xml), HttpStatusCode.UnsupportedMediaType, "");
        await AnalyzeApiTests.AssertProblem(await client.PostAsJsonAsync("/api/documents", new { text = "x", url = "javascript:alert(1)" }), HttpStatusCode.BadRequest, "'url'");
    }
}

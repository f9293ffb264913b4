using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dossier.Serialization;

namespace Dossier.Web.Tests.Api;

public sealed class AnalyzeApiTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private static readonly string s_sample = File.ReadAllText(RepoPaths.Sample("tbilisi-port-strike.txt"));

    private static async Task<DossierOutput> ReadRecord(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return DossierJson.Deserialize(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Json_body_gives_a_dossier1_record_with_the_text_and_metadata()
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/analyze",
            new { text = s_sample, title = "Port strike", date = "2025-01-22", url = "https://example.org/a?b=1" });
        var record = await ReadRecord(response);
        Assert.Equal("dossier/1", record.Schema);
        Assert.Equal(s_sample, record.Document.Text);
        Assert.Equal("Port strike", record.Document.Title);
        Assert.Equal("2025-01-22", record.Document.Date);
        Assert.Equal("https://example.org/a?b=1", record.Document.Url);
        Assert.Contains("sentences", record.Layers);
        Assert.True(record.Sentences.Count >= 10, $"expected the sample's sentences, got {record.Sentences.Count}");
        Assert.All(record.Sentences, s => Assert.InRange(s.End, s.Start + 1, s_sample.Length));
        Assert.Null(record.Tokens);
    }

    [Fact]
    public async Task Plain_text_body_matches_the_json_body_and_takes_metadata_from_the_query()
    {
        using var client = factory.CreateClient();
        var fromJson = await ReadRecord(await client.PostAsJsonAsync("/api/analyze", new { text = s_sample, date = "2025-01-22" }));
        using var plain = new StringContent(s_sample, Encoding.UTF8, "text/plain");
        var fromText = await ReadRecord(await client.PostAsync("/api/analyze?date=2025-01-22&tokens=true", plain));
        Assert.Equal(fromJson.Document, fromText.Document);
        Assert.Equal(fromJson.Sentences, fromText.Sentences);
        Assert.NotNull(fromText.Tokens);
        Assert.NotEmpty(fromText.Tokens);
        Assert.All(fromText.Tokens, t => Assert.Equal(s_sample[t.Start..t.End], t.Text));
    }

    [Fact]
    public async Task Same_text_gives_the_same_id_and_bytes()
    {
        using var client = factory.CreateClient();
        using var a = new StringContent(s_sample, Encoding.UTF8, "text/plain");
        using var b = new StringContent(s_sample, Encoding.UTF8, "text/plain");
        var first = await (await client.PostAsync("/api/analyze", a)).Content.ReadAsStringAsync();
        var second = await (await client.PostAsync("/api/analyze", b)).Content.ReadAsStringAsync();
        Assert.Equal(first, second);
        using var c = new StringContent(s_sample + " More.", Encoding.UTF8, "text/plain");
        var other = DossierJson.Deserialize(await (await client.PostAsync("/api/analyze", c)).Content.ReadAsStringAsync());
        Assert.NotEqual(DossierJson.Deserialize(first).Document.Id, other.Document.Id);
    }

    [Fact]
    public async Task Html_body_is_read_by_the_document_reader()
    {
        using var client = factory.CreateClient();
        using var html = new StringContent("<html><body><p>Police detained a union leader on Tuesday.</p></body></html>",
            Encoding.UTF8, "text/html");
        var record = await ReadRecord(await client.PostAsync("/api/analyze?title=T", html));
        Assert.Equal("T", record.Document.Title);
        Assert.Contains("Police detained a union leader on Tuesday.", record.Document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json", "{\"text\":", "not valid JSON")]
    [InlineData("application/json", "null", "JSON null")]
    [InlineData("application/json", "{\"title\":\"x\"}", "'text' is required")]
    [InlineData("application/json", "{\"text\":\"   \"}", "'text' is required")]
    [InlineData("application/json", "{\"text\":\"A.\",\"date\":\"22/01/2025\"}", "'date'")]
    [InlineData("application/json", "{\"text\":\"A.\",\"date\":\"2025-02-30\"}", "'date'")]
    [InlineData("application/json", "{\"text\":\"A.\",\"url\":\"javascript:alert(1)\"}", "'url'")]
    [InlineData("application/json", "{\"text\":\"A.\",\"url\":\"/relative\"}", "'url'")]
    [InlineData("text/plain", "", "empty")]
    public async Task Bad_input_is_a_400_problem(string contentType, string body, string detail)
    {
        using var client = factory.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new(contentType);
        var response = await client.PostAsync("/api/analyze", content);
        await AssertProblem(response, HttpStatusCode.BadRequest, detail);
    }

    [Fact]
    public async Task Invalid_utf8_json_is_a_400_problem()
    {
        using var client = factory.CreateClient();
        using var content = new ByteArrayContent([.. "{\"text\":\"A"u8.ToArray(), 0xC3, 0x28, .. "B\"}"u8.ToArray()]);
        content.Headers.ContentType = new("application/json");
        await AssertProblem(await client.PostAsync("/api/analyze", content), HttpStatusCode.BadRequest, "not valid JSON");
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/plain; charset=iso-8859-1")]
    public async Task Other_media_types_are_a_415_problem(string contentType)
    {
        using var client = factory.CreateClient();
        using var content = new StringContent("<a/>");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        await AssertProblem(await client.PostAsync("/api/analyze", content), HttpStatusCode.UnsupportedMediaType, "");
    }

    [Fact]
    public async Task Missing_content_type_is_a_415_problem()
    {
        using var client = factory.CreateClient();
        using var content = new ByteArrayContent("text"u8.ToArray());
        await AssertProblem(await client.PostAsync("/api/analyze", content), HttpStatusCode.UnsupportedMediaType, "");
    }

    [Fact]
    public async Task Unknown_api_path_is_a_404_problem()
    {
        using var client = factory.CreateClient();
        await AssertProblem(await client.GetAsync("/api/no-such-thing"), HttpStatusCode.NotFound, "no such API endpoint");
    }

    [Fact]
    public async Task Health_reports_the_pipeline_layers()
    {
        using var client = factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/health"));
        Assert.True(json.RootElement.GetProperty("pipeline_ready").GetBoolean());
        var layers = json.RootElement.GetProperty("layers").EnumerateArray().Select(l => l.GetString()).ToList();
        Assert.Contains("tokens", layers);
        Assert.Contains("sentences", layers);
        Assert.Equal("dossier/1", json.RootElement.GetProperty("schema").GetString());
    }

    internal static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement.Clone();
        Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("type").GetString()));
        if (detail.Length > 0) Assert.Contains(detail, root.GetProperty("detail").GetString(), StringComparison.Ordinal);
        return root;
    }
}

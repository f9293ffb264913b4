using System.Net;
using System.Net.Http.Json;
using System.Text;
using Dossier.Serialization;

namespace Dossier.Web.Tests.Api;

public sealed class SafetyTests(WebFactory factory) : IClassFixture<WebFactory>
{
    internal const string HostileText =
        "Officials said <script>window.__xss=1</script> the port was closed.\n\n" +
        "A witness posted <img src=x onerror=\"window.__xss=2\"> and <a href=\"javascript:window.__xss=3\">a link</a>.\n\n" +
        "Then \" onmouseover=\"window.__xss=4\" x=\" and </textarea><svg onload=window.__xss=5> appeared.";

    [Fact]
    public async Task Hostile_text_comes_back_verbatim_as_json_never_as_markup()
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/analyze", new { text = HostileText, title = "<b onclick=alert(1)>t</b>" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var record = DossierJson.Deserialize(await response.Content.ReadAsStringAsync());
        Assert.Equal(HostileText, record.Document.Text);
        Assert.Equal("<b onclick=alert(1)>t</b>", record.Document.Title);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/js/main.js")]
    [InlineData("/api/health")]
    [InlineData("/api/no-such-thing")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(path);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.StartsWith("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Body_over_the_limit_is_a_413_problem_with_or_without_a_length()
    {
        using var small = WebFactory.With(new Dictionary<string, string?> { ["Dossier:MaxRequestBytes"] = "4096" });
        using var client = small.CreateClient();
        var big = new string('a', 5000) + ".";
        using var declared = new StringContent(big, Encoding.UTF8, "text/plain");
        await AnalyzeApiTests.AssertProblem(await client.PostAsync("/api/analyze", declared), HttpStatusCode.RequestEntityTooLarge, "4096");

        // A chunked body declares no length: the cap must hold while reading.
        using var stream = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        stream.Headers.ContentType = new("text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = stream };
        request.Headers.TransferEncodingChunked = true;
        await AnalyzeApiTests.AssertProblem(await client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge, "4096");

        using var fits = new StringContent("Police detained him.", Encoding.UTF8, "text/plain");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/analyze", fits)).StatusCode);
    }

    [Fact]
    public async Task Text_over_the_character_limit_is_a_413_problem()
    {
        using var small = WebFactory.With(new Dictionary<string, string?> { ["Dossier:MaxDocumentChars"] = "100" });
        using var client = small.CreateClient();
        var response = await client.PostAsJsonAsync("/api/analyze", new { text = new string('b', 101) });
        await AnalyzeApiTests.AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, "limit is 100");
    }

    [Fact]
    public void A_short_api_key_stops_the_server_from_starting()
    {
        using var bad = WebFactory.With(new Dictionary<string, string?> { ["Dossier:ApiKey"] = "short" });
        var ex = Assert.ThrowsAny<Exception>(() => bad.CreateClient());
        Assert.Contains("at least 16 characters", ex.ToString(), StringComparison.Ordinal);
    }
}

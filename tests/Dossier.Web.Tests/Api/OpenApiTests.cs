using System.Text.Json;

namespace Dossier.Web.Tests.Api;

public sealed class OpenApiTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Theory]
    [InlineData("/openapi")]
    [InlineData("/openapi/v1.json")]
    public async Task Openapi_document_describes_the_api(string path)
    {
        using var client = factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync(path));
        var root = json.RootElement;
        Assert.StartsWith("3.", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = root.GetProperty("paths");
        var analyze = paths.GetProperty("/api/analyze").GetProperty("post");
        var content = analyze.GetProperty("requestBody").GetProperty("content");
        Assert.True(content.TryGetProperty("application/json", out _));
        Assert.True(content.TryGetProperty("text/plain", out _));
        Assert.True(content.TryGetProperty("text/html", out _));
        Assert.True(analyze.GetProperty("responses").TryGetProperty("413", out _));
        Assert.True(paths.TryGetProperty("/api/health", out _));
        var output = root.GetProperty("components").GetProperty("schemas").GetProperty("DossierOutput").GetProperty("properties");
        Assert.True(output.TryGetProperty("timexes", out _), "the output schema uses dossier/1's snake_case names");
        foreach (var p in paths.EnumerateObject())
            Assert.StartsWith("/api/", p.Name, StringComparison.Ordinal);
    }
}

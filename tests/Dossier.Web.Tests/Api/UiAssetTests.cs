using System.Net;
using System.Text.RegularExpressions;

namespace Dossier.Web.Tests.Api;

public sealed partial class UiAssetTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private static string WwwRoot => Path.Combine(RepoPaths.Repo, "src", "Dossier.Web", "wwwroot");

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/index.html", "text/html")]
    [InlineData("/app.css", "text/css")]
    [InlineData("/js/main.js", "text/javascript")]
    public async Task Ui_files_are_served_from_the_assembly(string path, string type)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Every_file_in_wwwroot_is_served_and_nothing_else()
    {
        using var client = factory.CreateClient();
        foreach (var file in Directory.EnumerateFiles(WwwRoot, "*", SearchOption.AllDirectories))
        {
            var path = "/" + Path.GetRelativePath(WwwRoot, file).Replace('\\', '/');
            Assert.Equal(File.ReadAllBytes(file), await client.GetByteArrayAsync(path));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/nope.js")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/../Dossier.Web.dll")).StatusCode);
    }

    /// <summary>Article text must never be parsed as markup: the UI has no HTML-parsing sinks at all.</summary>
    [Fact]
    public void Ui_scripts_use_no_html_sinks_eval_or_remote_resources()
    {
        var files = Directory.EnumerateFiles(WwwRoot, "*", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setHTMLUnsafe", "createContextualFragment" })
                Assert.False(text.Contains(sink, StringComparison.Ordinal), $"{file} uses {sink}");
            Assert.False(RemoteUrl().IsMatch(text.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal)), $"{file} loads something from another origin");
        }
    }

    [Fact]
    public void Index_has_no_inline_script_or_style_so_the_csp_needs_no_exceptions()
    {
        var html = File.ReadAllText(Path.Combine(WwwRoot, "index.html"));
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(InlineHandler(), html);
    }

    [GeneratedRegex(@"(src|href)\s*=\s*[""']?(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteUrl();

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}

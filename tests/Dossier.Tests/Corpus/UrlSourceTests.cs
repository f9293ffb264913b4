using System.Net;
using System.Net.Sockets;
using System.Text;
using Dossier.Corpus;

namespace Dossier.Tests.Corpus;

/// <summary>URL inputs, served by a local HTTP listener: a feed becomes its items, a page one document, an error a failure.</summary>
public sealed class UrlSourceTests : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _base;
    private readonly Task _server;

    public UrlSourceTests()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            _base = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/";
            probe.Stop();
        }

        _listener.Prefixes.Add(_base);
        _listener.Start();
        _server = Task.Run(Serve);
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _server.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was stopped under a pending GetContext.
        }
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var (status, type, body) = context.Request.Url!.AbsolutePath switch
            {
                "/feed" => (200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>t</title><link>http://x/</link>" +
                    "<description>d</description><item><title>Talks</title><link>https://news.example/talks</link>" +
                    "<description>Negotiators met in Yerevan on Friday.</description></item></channel></rss>"),
                "/article" => (200, "text/html", "<html><body><p>Dock workers struck in Batumi.</p></body></html>"),
                _ => (404, "text/plain", "not found"),
            };
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = type;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    [Fact]
    public void Feeds_pages_and_errors_by_url()
    {
        using var http = new HttpClient();
        var items = new SourceEnumerator(http).Read([_base + "feed", _base + "article", _base + "missing"]).ToList();

        Assert.Equal(3, items.Count);
        Assert.Equal("https://news.example/talks", items[0].Document!.Info.Url);
        Assert.Contains("Negotiators met in Yerevan", items[0].Document!.Text, StringComparison.Ordinal);
        Assert.Equal(_base + "article", items[1].Document!.Info.Url);
        Assert.Equal("article", items[1].Document!.Info.Id);
        Assert.Contains("Dock workers struck in Batumi.", items[1].Document!.Text, StringComparison.Ordinal);
        Assert.Equal("HTTP 404 Not Found", items[2].FailureReason);
    }
}

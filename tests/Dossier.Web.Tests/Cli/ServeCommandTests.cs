using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Web.Tests.Api;

namespace Dossier.Web.Tests.Cli;

/// <summary>Runs the real <c>dossier serve</c> in a child process.</summary>
public sealed partial class ServeCommandTests
{
    private static ProcessStartInfo Dossier(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = RepoPaths.Repo,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Dossier.Cli.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment.Remove("DOSSIER_API_KEY");
        return info;
    }

    [Fact]
    public async Task Serve_hosts_the_api_and_ui_on_loopback_with_a_corpus()
    {
        using var db = new TempDb();
        using var process = Process.Start(Dossier("serve", "--urls", "http://127.0.0.1:0", "--db", db.Path))!;
        try
        {
            var url = await ListeningUrlAsync(process);
            Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            using var health = JsonDocument.Parse(await client.GetStringAsync("/api/health"));
            Assert.Equal("sqlite", health.RootElement.GetProperty("store").GetString());
            Assert.False(health.RootElement.GetProperty("writes_allowed").GetBoolean());
            Assert.Contains("<title>Dossier</title>", await client.GetStringAsync("/"), StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Serve_refuses_writes_beyond_loopback_without_an_api_key()
    {
        using var process = Process.Start(Dossier("serve", "--urls", "http://0.0.0.0:0", "--allow-writes"))!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("DOSSIER_API_KEY", stderr, StringComparison.Ordinal);
    }

    private static async Task<string> ListeningUrlAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var seen = new StringBuilder();
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            seen.AppendLine(line);
            if (Listening().Match(line) is { Success: true } m) return m.Groups[1].Value;
        }

        throw new InvalidOperationException($"dossier serve did not start: {seen}{await process.StandardError.ReadToEndAsync()}");
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}

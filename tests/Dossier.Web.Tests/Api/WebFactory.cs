using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dossier.Web.Tests.Api;

/// <summary>The real app in an in-memory test server, with optional Dossier settings.</summary>
public sealed class WebFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public WebFactory() => _settings = new Dictionary<string, string?>();

    private WebFactory(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    /// <summary>A server with these configuration settings (e.g. "Dossier:AllowWrites" = "true").</summary>
    public static WebFactory With(IReadOnlyDictionary<string, string?> settings) => new(settings);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
    }
}

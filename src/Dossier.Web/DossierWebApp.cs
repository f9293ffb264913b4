using System.Text.Json;
using Dossier.Web.Api;
using Dossier.Web.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Dossier.Web;

/// <summary>Builds the Dossier web app: JSON API under /api, the OpenAPI document, and the embedded UI.</summary>
public static class DossierWebApp
{
    /// <summary>Where the server listens when no URL is configured: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args, Action<WebOptions>? configure)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Per-request logs are noise for an analyst's local server; start-up, warnings and errors remain.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
            builder.WebHost.UseUrls(DefaultUrl);

        // Options bind lazily, so settings a test host or `dossier serve` adds after this point still count.
        builder.Services.AddOptions<WebOptions>()
            .Bind(builder.Configuration.GetSection(WebOptions.Section))
            .PostConfigure(o => configure?.Invoke(o))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<WebOptions>, WebOptionsValidator>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<WebOptions>>().Value);
        builder.Services.AddSingleton<AnalysisService>();
        builder.Services.AddSingleton<EmbeddedUi>();
        builder.Services.AddSingleton<CorpusService>();

        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<WebOptions>>((k, o) =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = o.Value.MaxRequestBytes;
        });
        builder.Services.ConfigureHttpJsonOptions(j =>
        {
            j.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            j.SerializerOptions.TypeInfoResolverChain.Insert(0, WebJsonContext.Default);
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Dossier API";
            doc.Info.Description = "Analyse English news articles into dossier/1 records; browse a stored corpus.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        Configure(app);
        return app;
    }

    /// <summary>What is wrong with the options, or null when they are usable.</summary>
    public static string? Problem(WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxRequestBytes < 1024) return "Dossier:MaxRequestBytes must be at least 1024";
        if (options.MaxDocumentChars < 1) return "Dossier:MaxDocumentChars must be positive";
        if (options.MaxPageSize < 1 || options.DefaultPageSize < 1 || options.DefaultPageSize > options.MaxPageSize)
            return "Dossier:DefaultPageSize must be between 1 and Dossier:MaxPageSize";
        if (options.ApiKey is { Length: > 0 and < 16 }) return "Dossier:ApiKey must be at least 16 characters";
        return null;
    }

    private static void Configure(WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        app.MapOpenApi("/openapi");
        app.MapOpenApi("/openapi/{documentName}.json");
        // Open the store now, so a bad --db fails at start-up rather than on the first request.
        _ = app.Services.GetRequiredService<CorpusService>();
        AnalyzeEndpoints.Map(app);
        CorpusEndpoints.Map(app);
        app.MapGet("/api/health", (AnalysisService analysis, CorpusService corpus, WebOptions options) =>
                TypedResults.Ok(analysis.Status() with
                {
                    Store = corpus.Store?.Backend,
                    WritesAllowed = corpus.Store is not null && options.AllowWrites,
                    ApiKeyRequired = !string.IsNullOrEmpty(options.ApiKey),
                }))
            .WithName("Health")
            .WithSummary("Whether the pipeline loaded, and which layers it produces.");
        app.Map("/api/{**rest}", () => Problems.NotFound("no such API endpoint")).ExcludeFromDescription();
        app.Services.GetRequiredService<EmbeddedUi>().Map(app);
    }
}

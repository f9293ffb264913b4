using System.CommandLine;
using System.Net;
using Dossier.Web;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier serve</c>: the JSON API and the analyst's web UI (all logic lives in Dossier.Web).</summary>
public static class ServeCommand
{
    /// <summary>The API key for write endpoints comes from the environment, never the command line (which others can see).</summary>
    public const string ApiKeyVariable = "DOSSIER_API_KEY";

    public static Command Create()
    {
        var db = StoreOptions.Db();
        db.Description = "Corpus store to browse (and, with --allow-writes, ingest into): a SQLite file, postgres://… " +
                         "or an Npgsql connection string. Without it the server only analyses.";
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (semicolon-separated). Loopback by default: the API has no user accounts.",
            DefaultValueFactory = _ => DossierWebApp.DefaultUrl,
        };
        var allowWrites = new Option<bool>("--allow-writes")
        {
            Description = $"Enable POST /api/documents (ingest). Set {ApiKeyVariable} to require that key in the X-Api-Key header.",
        };

        var command = new Command("serve", "Serve the JSON API (/api, /openapi) and the web UI\n\n" +
            "Examples:\n" +
            "  dossier serve                      analyse in the browser at http://127.0.0.1:5080\n" +
            "  dossier serve --db corpus.db       also browse a stored corpus (read-only)\n" +
            $"  {ApiKeyVariable}=… dossier serve --db corpus.db --allow-writes")
        {
            db, urls, allowWrites,
        };
        command.SetAction(parse => Run(parse.GetValue(db), parse.GetValue(urls) ?? DossierWebApp.DefaultUrl, parse.GetValue(allowWrites)));
        return command;
    }

    private static int Run(string? db, string urls, bool allowWrites)
    {
        var apiKey = Environment.GetEnvironmentVariable(ApiKeyVariable);
        bool exposed = !AllLoopback(urls);
        if (exposed && allowWrites && string.IsNullOrEmpty(apiKey))
        {
            Console.Error.WriteLine($"dossier: error: --allow-writes on a non-loopback address needs an API key: set {ApiKeyVariable}");
            return ExitCodes.Usage;
        }

        if (exposed)
            Console.Error.WriteLine($"dossier: warning: listening on {urls}, reachable from other machines; the API has no user accounts");

        try
        {
            using var app = DossierWebApp.Build(["--urls", urls], o =>
            {
                o.Db = db;
                o.AllowWrites = allowWrites;
                o.ApiKey = string.IsNullOrEmpty(apiKey) ? null : apiKey;
            });
            Console.Error.WriteLine($"dossier: serving {urls} ({(db is null ? "analysis only" : "corpus " + db)}" +
                                    $"{(allowWrites ? ", writes allowed" : ", read-only")}); Ctrl+C stops");
            app.Run();
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or ArgumentException
                                       or Microsoft.Extensions.Options.OptionsValidationException
                                       or Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException)
        {
            Console.Error.WriteLine($"dossier: error: cannot serve: {ex.Message}");
            return ExitCodes.DocumentFailed;
        }
    }

    /// <summary>Whether every URL's host is a loopback name or address.</summary>
    internal static bool AllLoopback(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal),
                    UriKind.Absolute, out var uri))
                return false;
            if (uri.IsLoopback) continue;
            if (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)) continue;
            return false;
        }

        return true;
    }
}

namespace Dossier.Web;

/// <summary>
/// How the web app runs. Bound from the "Dossier" configuration section (so <c>dotnet run</c>, environment
/// variables such as <c>Dossier__AllowWrites=true</c> and tests can set it) or passed in by <c>dossier serve</c>.
/// </summary>
public sealed class WebOptions
{
    public const string Section = "Dossier";

    /// <summary>Corpus database (a SQLite file path, or a PostgreSQL connection string); null = analysis only.</summary>
    public string? Db { get; set; }

    /// <summary>Write endpoints (ingest) are refused unless this is set: the server is read-only by default.</summary>
    public bool AllowWrites { get; set; }

    /// <summary>When set, write endpoints also require this key in the <c>X-Api-Key</c> header.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Largest request body accepted, in bytes (an article is far smaller).</summary>
    public long MaxRequestBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Most characters of article text accepted for analysis.</summary>
    public int MaxDocumentChars { get; set; } = 500_000;

    public int DefaultPageSize { get; set; } = 50;

    public int MaxPageSize { get; set; } = 500;
}

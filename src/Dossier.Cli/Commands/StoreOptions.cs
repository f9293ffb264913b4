using System.CommandLine;
using Dossier.Store;

namespace Dossier.Cli.Commands;

/// <summary>Options every corpus command shares: which store, and the document/event filters.</summary>
internal static class StoreOptions
{
    public static Option<string?> Db() => new("--db")
    {
        Description = "The store: a SQLite file (default ./dossier.db), postgres://user:pass@host:port/db, " +
                      "or an Npgsql connection string (Host=...;Database=...)",
    };

    public static Option<string?> Text() => new("--text") { Description = "Full-text query over document titles and text (all words must occur)" };

    public static Option<string?> From() => new("--from") { Description = "Earliest date, YYYY-MM-DD (inclusive)" };

    public static Option<string?> To() => new("--to") { Description = "Latest date, YYYY-MM-DD (inclusive)" };

    public static Option<int?> Limit(string description) => new("--limit") { Description = description };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of a table" };

    /// <summary>Opens the store or reports why it cannot be opened (and returns null).</summary>
    public static IStore? Open(string? db)
    {
        try
        {
            return StoreFactory.Open(db);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException
                                       or IOException or UnauthorizedAccessException or InvalidOperationException
                                       or InvalidDataException or ArgumentException or UriFormatException)
        {
            Console.Error.WriteLine($"dossier: error: cannot open the store '{db ?? StoreFactory.DefaultPath}': {ex.Message}");
            return null;
        }
    }
}

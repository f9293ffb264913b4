using Npgsql;

namespace Dossier.Store;

/// <summary>
/// Opens the store a <c>--db</c> value names: a postgres:// or postgresql:// URL or an Npgsql connection string
/// (Host=...) opens PostgreSQL; anything else is a SQLite file path (default ./dossier.db).
/// </summary>
internal static class StoreFactory
{
    public const string DefaultPath = "dossier.db";

    public static IStore Open(string? db)
    {
        if (string.IsNullOrWhiteSpace(db)) return new SqliteStore(DefaultPath);
        if (IsPostgres(db)) return new PostgresStore(ToConnectionString(db));
        return new SqliteStore(db);
    }

    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.Contains("host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>postgres://user:pass@host:port/db?sslmode=... into an Npgsql connection string; others pass through.</summary>
    public static string ToConnectionString(string db)
    {
        if (!db.Contains("://", StringComparison.Ordinal)) return db;
        var uri = new Uri(db);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } name ? name : "postgres",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) builder.Password = Uri.UnescapeDataString(parts[1]);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv.Length == 2) builder[Uri.UnescapeDataString(kv[0])] = Uri.UnescapeDataString(kv[1]);
        }

        return builder.ConnectionString;
    }
}

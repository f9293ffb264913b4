using System.Data.Common;
using System.Globalization;
using System.Reflection;

namespace Dossier.Store;

/// <summary>
/// Applies the numbered SQL migrations (embedded from Store/Migrations/&lt;backend&gt;/NNNN_name.sql) that a
/// database has not seen yet, each in its own transaction with its schema_version row.
/// </summary>
internal static class Migrator
{
    public sealed record Migration(int Version, string Name, string Sql);

    public static IReadOnlyList<Migration> Load(string backend)
    {
        var assembly = typeof(Migrator).Assembly;
        var prefix = $"Dossier.Store.Migrations.{backend}/";
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var file = resource[prefix.Length..];
            var underscore = file.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(file[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
                throw new InvalidDataException($"migration '{file}' is not named NNNN_name.sql");
            migrations.Add(new Migration(version, file[(underscore + 1)..^4], Read(assembly, resource)));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (int i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
                throw new InvalidDataException($"{backend} migrations are not numbered 1..n without gaps");
        }

        return migrations;
    }

    /// <summary>
    /// Brings the schema up to date and returns its version. <paramref name="beginLocked"/> starts a transaction
    /// that holds the store's write lock, so processes migrating one database at once take turns.
    /// </summary>
    public static int Apply(DbConnection connection, string backend, Func<DbConnection, DbTransaction> beginLocked)
    {
        var migrations = Load(backend);
        using (var tx = beginLocked(connection))
        {
            Execute(connection, tx,
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            tx.Commit();
        }

        int current = 0;
        foreach (var m in migrations)
        {
            using var tx = beginLocked(connection);
            current = CurrentVersion(connection, tx);
            if (current > migrations.Count)
                throw new InvalidOperationException(
                    $"the store has schema version {current}, newer than this Dossier knows ({migrations.Count}); upgrade Dossier");
            if (current >= m.Version) continue;
            Execute(connection, tx, m.Sql);
            using var record = connection.CreateCommand();
            record.Transaction = tx;
            record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES (@v, @n, @t)";
            AddParameter(record, "@v", m.Version);
            AddParameter(record, "@n", m.Name);
            AddParameter(record, "@t", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
            tx.Commit();
            current = m.Version;
        }

        return current;
    }

    private static int CurrentVersion(DbConnection connection, DbTransaction tx)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(DbConnection connection, DbTransaction? tx, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static void AddParameter(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidDataException($"missing embedded migration {resource}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

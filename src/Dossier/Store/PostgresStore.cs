using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Dossier.Store;

/// <summary>
/// The scalable store: PostgreSQL with a generated tsvector + GIN index for full text. Batches are written under a
/// transaction-scoped advisory lock, so many ingest processes can share one database without duplicates (the
/// content-hash unique key and ON CONFLICT DO NOTHING) and without racing on story links.
/// </summary>
internal sealed class PostgresStore : SqlStore
{
    /// <summary>The advisory lock key of the store-wide write lock ("dossier" in ASCII).</summary>
    private const long WriteLockKey = 0x646F7373696572;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresStore(string connectionString)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        Migrate();
    }

    public override string Backend => "postgres";

    protected override string TextSearchCondition => "d.tsv @@ plainto_tsquery('english', @text)";

    protected override string OrdinalCollation => " COLLATE \"C\"";

    protected override string? TextQuery(string text)
    {
        var words = QueryWords(text);
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    protected override DbConnection Open() => _dataSource.OpenConnection();

    protected override DbTransaction BeginWrite(DbConnection connection)
    {
        var tx = ((NpgsqlConnection)connection).BeginTransaction();
        using var cmd = Command(connection, tx, "SELECT pg_advisory_xact_lock(@key)");
        Param(cmd, "@key", WriteLockKey);
        cmd.ExecuteNonQuery();
        return tx;
    }

    protected override void InsertRows(DbConnection connection, DbTransaction tx, TableSpec table, List<object?[]> rows)
    {
        var types = table.Columns.Select(c => TypeOf(c.Kind)).ToArray();
        using var importer = ((NpgsqlConnection)connection).BeginBinaryImport(
            $"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            importer.StartRow();
            for (int i = 0; i < types.Length; i++)
            {
                var value = row[i];
                if (value is null) importer.WriteNull();
                else importer.Write(value, types[i]);
            }
        }

        importer.Complete();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _dataSource.Dispose();
        base.Dispose(disposing);
    }

    private static NpgsqlDbType TypeOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Int => NpgsqlDbType.Integer,
        ColumnKind.Long => NpgsqlDbType.Bigint,
        ColumnKind.Double => NpgsqlDbType.Double,
        ColumnKind.Bool => NpgsqlDbType.Boolean,
        _ => NpgsqlDbType.Text,
    };
}

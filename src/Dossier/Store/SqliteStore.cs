using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Dossier.Store;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never block the writer), FTS5 over title and text.
/// Several processes may write to one file; SQLite serialises their transactions.
/// </summary>
internal sealed class SqliteStore : SqlStore
{
    private readonly string _connectionString;

    public SqliteStore(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(Path);
        if (dir is not null) Directory.CreateDirectory(dir);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 120,
        }.ToString();
        using (var connection = new SqliteConnection(_connectionString))
        {
            connection.Open();
            using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode = WAL";
            wal.ExecuteNonQuery();
        }

        Migrate();
    }

    public string Path { get; }

    public override string Backend => "sqlite";

    protected override string TextSearchCondition =>
        "d.doc_key IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @text)";

    protected override string OrdinalCollation => "";

    /// <summary>Every word as a quoted FTS5 string, so user input can never be FTS5 syntax; all words must occur.</summary>
    protected override string? TextQuery(string text)
    {
        var words = QueryWords(text);
        return words.Count == 0 ? null : string.Join(' ', words.Select(w => "\"" + w + "\""));
    }

    protected override DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();
        // NORMAL is durable at every checkpoint and never corrupts in WAL mode; a crash loses at most the last batch.
        pragmas.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 120000";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    protected override DbTransaction BeginWrite(DbConnection connection) =>
        ((SqliteConnection)connection).BeginTransaction(deferred: false);

    protected override void InsertRows(DbConnection connection, DbTransaction tx, TableSpec table, List<object?[]> rows)
    {
        using var cmd = Command(connection, tx,
            $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "@p" + i))})");
        var parameters = new SqliteParameter[table.Columns.Count];
        for (int i = 0; i < parameters.Length; i++)
        {
            parameters[i] = new SqliteParameter { ParameterName = "@p" + i };
            cmd.Parameters.Add(parameters[i]);
        }

        cmd.Prepare();
        foreach (var row in rows)
        {
            for (int i = 0; i < parameters.Length; i++) parameters[i].Value = row[i] ?? DBNull.Value;
            cmd.ExecuteNonQuery();
        }
    }
}

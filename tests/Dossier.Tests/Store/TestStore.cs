using Dossier.Store;
using Npgsql;

namespace Dossier.Tests.Store;

/// <summary>
/// A fresh, empty store for one test on one backend: a temporary SQLite file, or a new PostgreSQL database on the
/// server named by DOSSIER_TEST_POSTGRES (dropped afterwards). <see cref="Db"/> is the --db value for the CLI.
/// </summary>
internal sealed class TestStore : IDisposable
{
    public const string Sqlite = "sqlite", Postgres = "postgres";

    private readonly string? _adminConnection;
    private readonly string? _database;
    private readonly string? _directory;
    private IStore? _store;

    private TestStore(string backend, string db, string? adminConnection, string? database, string? directory)
    {
        Backend = backend;
        Db = db;
        _adminConnection = adminConnection;
        _database = database;
        _directory = directory;
    }

    public string Backend { get; }

    public string Db { get; }

    /// <summary>The store, opened on first use (tests that only run the CLI never open it in-process).</summary>
    public IStore Store => _store ??= StoreFactory.Open(Db);

    /// <summary>
    /// The backends every store test runs on: SQLite always; PostgreSQL when DOSSIER_TEST_POSTGRES is set, and
    /// always in CI (CI=true), where an unset or unreachable server makes the tests fail rather than skip.
    /// </summary>
    public static TheoryData<string> Backends()
    {
        var data = new TheoryData<string> { Sqlite };
        if (PostgresConnection is not null || IsCi) data.Add(Postgres);
        return data;
    }

    public static TestStore Create(string backend)
    {
        if (backend == Sqlite)
        {
            var dir = Path.Combine(Path.GetTempPath(), "dossier-store-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            return new TestStore(Sqlite, Path.Combine(dir, "test.db"), null, null, dir);
        }

        var admin = PostgresConnection ?? throw new InvalidOperationException(
            "CI=true but DOSSIER_TEST_POSTGRES is not set: the PostgreSQL store tests cannot run");
        var database = "dossier_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"CREATE DATABASE {database}";
            cmd.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = database };
        return new TestStore(Postgres, builder.ConnectionString, admin, database, null);
    }

    /// <summary>Drops the cached store so the next use opens it afresh (to see what another process wrote).</summary>
    public void Reopen()
    {
        _store?.Dispose();
        _store = null;
    }

    public void Dispose()
    {
        _store?.Dispose();
        if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }

        if (_adminConnection is not null && _database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_adminConnection);
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)";
            cmd.ExecuteNonQuery();
        }
    }

    private static string? PostgresConnection =>
        Environment.GetEnvironmentVariable("DOSSIER_TEST_POSTGRES") is { Length: > 0 } value
            ? StoreFactory.ToConnectionString(value)
            : null;

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

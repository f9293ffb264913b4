using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Dossier.Tests.Store;

/// <summary>Reads a number straight from a test store's tables, for checks no store method exposes.</summary>
internal static class StoreSql
{
    /// <summary>Runs statements (separated by semicolons) for their effect.</summary>
    public static void Execute(TestStore test, string sql)
    {
        foreach (var statement in sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) Scalar(test, statement);
    }

    public static long Scalar(TestStore test, string sql)
    {
        using System.Data.Common.DbConnection connection = test.Backend == TestStore.Sqlite
            ? new SqliteConnection("Data Source=" + test.Db)
            : new NpgsqlConnection(test.Db);
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;
    }
}

using System.Data;
using System.Data.Common;
using System.Numerics;

namespace Dossier.Store;

/// <summary>
/// Puts each newly stored document into a story: the story of its nearest earlier near-duplicate (SimHash
/// within <see cref="MaxDistance"/> bits), else a new one. Candidates come from the band index, so the cost
/// does not grow with the corpus. Runs inside the batch's write transaction, which holds the write lock.
/// </summary>
internal sealed class StoryLinker(DbConnection connection, DbTransaction tx)
{
    /// <summary>Hamming distance up to which two 64-bit SimHashes count as copies of one story.</summary>
    public const int MaxDistance = 3;

    /// <summary>Four 16-bit bands: distance ≤ 3 leaves at least one band identical (pigeonhole).</summary>
    public const int Bands = 4;

    private readonly string _now = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Links the document and returns its story id; <paramref name="joined"/> is true when it joined an existing
    /// story. A new story takes its first document's key as its id, so the story, the membership and the band
    /// rows go to the server in one command.
    /// </summary>
    public long Link(long docKey, ulong? simHash, out bool joined)
    {
        long? story = null;
        int distance = 0;
        if (simHash is { } hash) (story, distance) = Nearest(hash);

        using var cmd = SqlStore.Command(connection, tx, "");
        var sql = new List<string>();
        if (story is null)
            sql.Add("INSERT INTO stories (story_id, first_doc_key, created_at) VALUES (@d, @d, @t)");
        sql.Add("INSERT INTO story_documents (doc_key, story_id, distance) VALUES (@d, @s, @dist)");
        if (simHash is { } h)
        {
            var values = new List<string>(Bands);
            for (int b = 0; b < Bands; b++)
            {
                values.Add($"({b}, @v{b}, @d)");
                SqlStore.Param(cmd, $"@v{b}", Band(h, b), DbType.Int32);
            }

            sql.Add($"INSERT INTO simhash_bands (band, value, doc_key) VALUES {string.Join(", ", values)}");
        }

        SqlStore.Param(cmd, "@d", docKey, DbType.Int64);
        SqlStore.Param(cmd, "@s", story ?? docKey, DbType.Int64);
        SqlStore.Param(cmd, "@dist", distance, DbType.Int32);
        if (story is null) SqlStore.Param(cmd, "@t", _now);
        cmd.CommandText = string.Join("; ", sql);
        cmd.ExecuteNonQuery();
        joined = story is not null;
        return story ?? docKey;
    }

    private (long? Story, int Distance) Nearest(ulong hash)
    {
        // One indexed lookup per band (UNION ALL), rather than an OR that some planners answer with a scan.
        var lookups = new List<string>(Bands);
        using var cmd = SqlStore.Command(connection, tx, "");
        for (int b = 0; b < Bands; b++)
        {
            lookups.Add($"SELECT doc_key FROM simhash_bands WHERE band = {b} AND value = @v{b}");
            SqlStore.Param(cmd, $"@v{b}", Band(hash, b), DbType.Int32);
        }

        cmd.CommandText =
            "SELECT d.doc_key, d.simhash, sd.story_id FROM documents d JOIN story_documents sd ON sd.doc_key = d.doc_key " +
            $"WHERE d.doc_key IN ({string.Join(" UNION ALL ", lookups)}) ORDER BY d.doc_key";
        long? best = null;
        int bestDistance = int.MaxValue;
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            ulong other = unchecked((ulong)reader.GetInt64(1));
            int distance = BitOperations.PopCount(hash ^ other);
            if (distance <= MaxDistance && distance < bestDistance)
            {
                bestDistance = distance;
                best = reader.GetInt64(2);
            }
        }

        return (best, best is null ? 0 : bestDistance);
    }

    private static int Band(ulong hash, int band) => (int)((hash >> (16 * band)) & 0xFFFF);
}

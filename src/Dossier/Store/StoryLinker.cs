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

    /// <summary>Links the document; true when it joined an existing story.</summary>
    public bool Link(long docKey, ulong? simHash)
    {
        long? story = null;
        int distance = 0;
        if (simHash is { } hash)
        {
            (story, distance) = Nearest(hash);
            InsertBands(docKey, hash);
        }

        bool joined = story is not null;
        story ??= NewStory(docKey);
        using var member = SqlStore.Command(connection, tx,
            "INSERT INTO story_documents (doc_key, story_id, distance) VALUES (@d, @s, @dist)");
        SqlStore.Param(member, "@d", docKey, DbType.Int64);
        SqlStore.Param(member, "@s", story.Value, DbType.Int64);
        SqlStore.Param(member, "@dist", distance, DbType.Int32);
        member.ExecuteNonQuery();
        return joined;
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

    /// <summary>One multi-row INSERT: a round trip per document, not per band (bulk COPY costs more for four rows).</summary>
    private void InsertBands(long docKey, ulong hash)
    {
        using var cmd = SqlStore.Command(connection, tx, "");
        var values = new List<string>(Bands);
        for (int b = 0; b < Bands; b++)
        {
            values.Add($"({b}, @v{b}, @d)");
            SqlStore.Param(cmd, $"@v{b}", Band(hash, b), DbType.Int32);
        }

        SqlStore.Param(cmd, "@d", docKey, DbType.Int64);
        cmd.CommandText = $"INSERT INTO simhash_bands (band, value, doc_key) VALUES {string.Join(", ", values)}";
        cmd.ExecuteNonQuery();
    }

    private long NewStory(long docKey)
    {
        using var cmd = SqlStore.Command(connection, tx,
            "INSERT INTO stories (first_doc_key, created_at) VALUES (@d, @t) RETURNING story_id");
        SqlStore.Param(cmd, "@d", docKey, DbType.Int64);
        SqlStore.Param(cmd, "@t", _now);
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int Band(ulong hash, int band) => (int)((hash >> (16 * band)) & 0xFFFF);
}

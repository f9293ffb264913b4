using System.Data;
using System.Globalization;
using Dossier.Serialization;

namespace Dossier.Store;

// Merging documents stored before schema 4 (or by a writer that did not merge): the same passes as a write.
internal abstract partial class SqlStore
{
    /// <summary>Documents merged per write transaction by <see cref="MergeUnlinked"/>.</summary>
    private const int BackfillBatch = 64;

    public int MergeUnlinked()
    {
        var attempted = new HashSet<long>();
        int merged = 0;
        while (true)
        {
            var pending = Unlinked(attempted);
            if (pending.Count == 0) return merged;
            using var connection = Open();
            using var tx = BeginWrite(connection);
            var merger = new ActorMerger(connection, tx);
            var clusterer = new EventClusterer(connection, tx, EventWindowDays);
            var rows = new LayerRows();
            foreach (var (docKey, story, output) in pending)
            {
                attempted.Add(docKey);
                if (AlreadyLinked(connection, tx, docKey)) continue; // another writer merged it meanwhile
                var links = merger.Merge(output);
                for (int i = 0; i < links.Length; i++) SetLink(connection, tx, docKey, i, links[i]);
                clusterer.Cluster(docKey, story, output, links, rows);
                merged++;
            }

            foreach (var (table, tableRows) in rows.Tables) InsertRows(connection, tx, table, tableRows);
            tx.Commit();
        }
    }

    /// <summary>The next documents, in stable order, with an unlinked entity or events without corpus events.</summary>
    private List<(long DocKey, long Story, DossierOutput Output)> Unlinked(HashSet<long> attempted)
    {
        using var connection = Open();
        using var cmd = Command(connection, null,
            "SELECT d.doc_key, COALESCE(sd.story_id, d.doc_key) FROM documents d LEFT JOIN story_documents sd ON sd.doc_key = d.doc_key " +
            "WHERE d.status = 'ok' AND (EXISTS (SELECT 1 FROM entities x WHERE x.doc_key = d.doc_key AND x.corpus_actor_id IS NULL) " +
            "OR (EXISTS (SELECT 1 FROM events e WHERE e.doc_key = d.doc_key) " +
            "AND NOT EXISTS (SELECT 1 FROM corpus_event_mentions m WHERE m.doc_key = d.doc_key))) " +
            $"ORDER BY {DocumentOrder("d")} LIMIT @n");
        Param(cmd, "@n", BackfillBatch + attempted.Count, DbType.Int32);
        var keys = new List<(long, long)>();
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                long key = reader.GetInt64(0);
                if (!attempted.Contains(key) && keys.Count < BackfillBatch) keys.Add((key, reader.GetInt64(1)));
            }
        }

        var loader = new DocumentLoader(connection);
        return [.. keys.Select(k => (k.Item1, k.Item2, loader.Load(k.Item1))).Where(k => k.Item3 is not null).Select(k => (k.Item1, k.Item2, k.Item3!))];
    }

    private static bool AlreadyLinked(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction tx, long docKey)
    {
        using var cmd = Command(connection, tx,
            "SELECT (SELECT COUNT(*) FROM entities WHERE doc_key = @d AND corpus_actor_id IS NOT NULL) + " +
            "(SELECT COUNT(*) FROM corpus_event_mentions WHERE doc_key = @d)");
        Param(cmd, "@d", docKey, DbType.Int64);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    private static void SetLink(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction tx, long docKey, int ord, ActorLink link)
    {
        using var cmd = Command(connection, tx,
            "UPDATE entities SET corpus_actor_id = @a, merge_rule = @r WHERE doc_key = @d AND ord = @o");
        Param(cmd, "@a", link.ActorId, DbType.Int64);
        Param(cmd, "@r", link.Rule);
        Param(cmd, "@d", docKey, DbType.Int64);
        Param(cmd, "@o", ord, DbType.Int32);
        cmd.ExecuteNonQuery();
    }
}

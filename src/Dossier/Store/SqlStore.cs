using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Dossier.Serialization;

namespace Dossier.Store;

/// <summary>
/// The store logic both backends share: one SQL dialect (ON CONFLICT, RETURNING, NULLS FIRST work in SQLite and
/// PostgreSQL alike); subclasses supply connections, the write lock, bulk inserts and full-text search.
/// </summary>
internal abstract partial class SqlStore : IStore
{
    /// <summary>Actor attribute keys the event queries read (names in the dossier/1 attributes map).</summary>
    private const string CodeKey = "code", CountryKey = "country";

    private int _schemaVersion = -1;

    public abstract string Backend { get; }

    public int SchemaVersion => _schemaVersion;

    /// <summary>How many days apart two event mentions may be and still cluster as one corpus event.</summary>
    public int EventWindowDays { get; set; } = DefaultEventWindowDays;

    public const int DefaultEventWindowDays = 1;

    /// <summary>Opens a pooled connection, configured for this store.</summary>
    protected abstract DbConnection Open();

    /// <summary>Starts a transaction that holds the store-wide write lock (one writer at a time, across processes).</summary>
    protected abstract DbTransaction BeginWrite(DbConnection connection);

    /// <summary>Inserts many rows of one layer table inside the transaction.</summary>
    protected abstract void InsertRows(DbConnection connection, DbTransaction tx, TableSpec table, List<object?[]> rows);

    /// <summary>A WHERE condition restricting documents alias <c>d</c> to those matching parameter <c>@text</c>.</summary>
    protected abstract string TextSearchCondition { get; }

    /// <summary>Turns a user's words into the backend's full-text query; null when nothing is searchable.</summary>
    protected abstract string? TextQuery(string text);

    /// <summary>Appended to text expressions in ORDER BY so that order is by code point on both backends.</summary>
    protected abstract string OrdinalCollation { get; }

    /// <summary>Runs the migrations; call once from the subclass constructor.</summary>
    protected void Migrate()
    {
        using var connection = Open();
        _schemaVersion = Migrator.Apply(connection, Backend, BeginWrite);
    }

    public bool Contains(string contentHash)
    {
        using var connection = Open();
        using var cmd = Command(connection, null, "SELECT 1 FROM documents WHERE content_hash = @h");
        Param(cmd, "@h", contentHash);
        return cmd.ExecuteScalar() is not null;
    }

    public long? KeyOf(string contentHash)
    {
        using var connection = Open();
        using var cmd = Command(connection, null, "SELECT doc_key FROM documents WHERE content_hash = @h");
        Param(cmd, "@h", contentHash);
        return cmd.ExecuteScalar() is { } key and not DBNull ? Convert.ToInt64(key, CultureInfo.InvariantCulture) : null;
    }

    public IReadOnlySet<string> StoredHashes(IReadOnlyCollection<string> contentHashes)
    {
        ArgumentNullException.ThrowIfNull(contentHashes);
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (contentHashes.Count == 0) return found;
        using var connection = Open();
        using var cmd = connection.CreateCommand();
        var names = new List<string>(contentHashes.Count);
        foreach (var hash in contentHashes)
        {
            var name = "@h" + names.Count.ToString(CultureInfo.InvariantCulture);
            names.Add(name);
            Param(cmd, name, hash);
        }

        cmd.CommandText = $"SELECT content_hash FROM documents WHERE content_hash IN ({string.Join(", ", names)})";
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) found.Add(reader.GetString(0));
        return found;
    }

    public WriteResult Write(IReadOnlyList<StoredDocument> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0) return default;

        // Hash order: concurrent writers that wait on each other's unique keys always wait in one direction.
        var ordered = batch.OrderBy(d => d.ContentHash, StringComparer.Ordinal).ToList();
        using var connection = Open();
        using var tx = BeginWrite(connection);
        var rows = new LayerRows();
        var linker = new StoryLinker(connection, tx);
        var merger = new ActorMerger(connection, tx);
        var clusterer = new EventClusterer(connection, tx, EventWindowDays);
        int inserted = 0, failed = 0, already = 0, joined = 0;
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        using var insert = Command(connection, tx,
            "INSERT INTO documents (content_hash, id, schema, title, url, date, text, layers, status, failure_reason, " +
            "source_path, simhash, ingested_at) VALUES (@h, @id, @schema, @title, @url, @date, @text, @layers, @status, " +
            "@reason, @src, @simhash, @at) ON CONFLICT (content_hash) DO NOTHING RETURNING doc_key");
        foreach (var doc in ordered)
        {
            insert.Parameters.Clear();
            Param(insert, "@h", doc.ContentHash);
            Param(insert, "@id", doc.Id);
            Param(insert, "@schema", doc.Output?.Schema ?? DossierJson.SchemaVersion);
            Param(insert, "@title", doc.Title);
            Param(insert, "@url", doc.Url);
            Param(insert, "@date", doc.Date);
            Param(insert, "@text", doc.Text);
            Param(insert, "@layers", doc.Output is null ? "" : string.Join(',', doc.Output.Layers));
            Param(insert, "@status", doc.Failed ? "failed" : "ok");
            Param(insert, "@reason", doc.FailureReason);
            Param(insert, "@src", doc.SourcePath);
            Param(insert, "@simhash", doc.SimHash is { } h ? unchecked((long)h) : null, DbType.Int64);
            Param(insert, "@at", now);
            if (insert.ExecuteScalar() is not { } key)
            {
                already++;
                continue;
            }

            long docKey = Convert.ToInt64(key, CultureInfo.InvariantCulture);
            if (doc.Output is null)
            {
                failed++;
                continue;
            }

            inserted++;
            long story = linker.Link(docKey, doc.SimHash, out bool joinedStory);
            if (joinedStory) joined++;
            var actors = merger.Merge(doc.Output);
            rows.Add(docKey, doc.Output, actors);
            clusterer.Cluster(docKey, story, doc.Output, actors, rows);
        }

        foreach (var (table, tableRows) in rows.Tables) InsertRows(connection, tx, table, tableRows);
        tx.Commit();
        return new WriteResult(inserted, failed, already, joined);
    }

    public DossierOutput? Load(long docKey)
    {
        using var connection = Open();
        return new DocumentLoader(connection).Load(docKey);
    }

    public IEnumerable<DocumentRow> Documents(DocumentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var connection = Open();
        using var cmd = connection.CreateCommand();
        var where = new List<string>();
        if (filter.Status is { } status) { where.Add("d.status = @status"); Param(cmd, "@status", status); }
        if (filter.From is { } from) { where.Add("d.date >= @from"); Param(cmd, "@from", from); }
        if (filter.To is { } to) { where.Add("d.date <= @to"); Param(cmd, "@to", to); }
        AddTextFilter(cmd, where, filter.Text);
        cmd.CommandText =
            "SELECT d.doc_key, d.id, d.content_hash, d.title, d.url, d.date, d.status, d.failure_reason, d.source_path, " +
            "sd.story_id, COALESCE(length(d.text), 0) FROM documents d " +
            "LEFT JOIN story_documents sd ON sd.doc_key = d.doc_key" + Where(where) +
            $" ORDER BY {DocumentOrder("d")}" + Limit(cmd, filter.Limit);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            yield return new DocumentRow(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Str(reader, 3), Str(reader, 4),
                Str(reader, 5), reader.GetString(6), Str(reader, 7), Str(reader, 8),
                reader.IsDBNull(9) ? null : Long(reader, 9), (int)Long(reader, 10));
        }
    }

    public IEnumerable<EventRow> Events(EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var connection = Open();
        using var textConnection = Open();
        var evidence = new EvidenceSentences(textConnection);
        using var cmd = connection.CreateCommand();
        var where = new List<string> { "d.status = 'ok'" };
        if (filter.Actor is { } actor)
        {
            where.Add("(lower(se.name) LIKE @actor OR lower(te.name) LIKE @actor)");
            Param(cmd, "@actor", "%" + actor.ToLowerInvariant() + "%");
        }

        if (filter.ActorId is { } actorId)
        {
            // Documents with the actor first (indexed), then the events it takes part in.
            where.Add("e.doc_key IN (SELECT doc_key FROM entities WHERE corpus_actor_id = @aid) " +
                      "AND (se.corpus_actor_id = @aid OR te.corpus_actor_id = @aid)");
            Param(cmd, "@aid", actorId, DbType.Int64);
        }

        if (filter.Type is { } type)
        {
            where.Add("(lower(e.type) = @type OR e.cameo LIKE @cameo)");
            Param(cmd, "@type", type.ToLowerInvariant());
            Param(cmd, "@cameo", type + "%");
        }

        if (filter.Country is { } country)
        {
            where.Add(
                "(lower(COALESCE(le.name, e.location)) = @country OR EXISTS (SELECT 1 FROM entity_attributes a " +
                "JOIN entities x ON x.doc_key = a.doc_key AND x.ord = a.entity_ord WHERE a.doc_key = e.doc_key " +
                $"AND x.id IN (e.source, e.target, e.location) AND a.key = '{CountryKey}' AND lower(a.value) = @country))");
            Param(cmd, "@country", country.ToLowerInvariant());
        }

        if (filter.From is { } from) { where.Add("COALESCE(e.date, d.date) >= @from"); Param(cmd, "@from", from); }
        if (filter.To is { } to) { where.Add("COALESCE(e.date, d.date) <= @to"); Param(cmd, "@to", to); }
        AddTextFilter(cmd, where, filter.Text);
        cmd.CommandText =
            "SELECT d.doc_key, d.id, d.url, COALESCE(e.date, d.date), e.id, e.type, e.mode, e.cameo, " +
            $"se.name, {AttributeOf("se", CodeKey)}, te.name, {AttributeOf("te", CodeKey)}, COALESCE(le.name, e.location), " +
            "e.negated, e.modality, e.attributed_to, e.evidence_start, e.evidence_end, e.rule, se.corpus_actor_id, te.corpus_actor_id " +
            "FROM events e JOIN documents d ON d.doc_key = e.doc_key " +
            "LEFT JOIN entities se ON se.doc_key = e.doc_key AND se.id = e.source " +
            "LEFT JOIN entities te ON te.doc_key = e.doc_key AND te.id = e.target " +
            "LEFT JOIN entities le ON le.doc_key = e.doc_key AND le.id = e.location" + Where(where) +
            $" ORDER BY d.date NULLS FIRST, {DocumentOrder("d")}, e.ord" + Limit(cmd, filter.Limit);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            long docKey = reader.GetInt64(0);
            int start = (int)Long(reader, 16), end = (int)Long(reader, 17);
            yield return new EventRow(
                docKey, reader.GetString(1), Str(reader, 2), Str(reader, 3), reader.GetString(4), reader.GetString(5),
                Str(reader, 6), Str(reader, 7), Str(reader, 8), Str(reader, 9), Str(reader, 10), Str(reader, 11),
                Str(reader, 12), reader.GetBoolean(13), reader.GetString(14), Str(reader, 15), start, end,
                evidence.Sentence(docKey, start, end), reader.GetString(18),
                reader.IsDBNull(19) ? null : Long(reader, 19), reader.IsDBNull(20) ? null : Long(reader, 20));
        }
    }

    public IReadOnlyList<StoryRow> Stories(int minDocuments)
    {
        using var connection = Open();
        using var cmd = Command(connection, null,
            "SELECT sd.story_id, d.doc_key, d.id, d.title, d.url, sd.distance FROM story_documents sd " +
            "JOIN documents d ON d.doc_key = sd.doc_key WHERE sd.story_id IN " +
            "(SELECT story_id FROM story_documents GROUP BY story_id HAVING COUNT(*) >= @min) " +
            "ORDER BY sd.story_id, d.doc_key");
        Param(cmd, "@min", minDocuments, DbType.Int32);
        var stories = new List<StoryRow>();
        using var reader = cmd.ExecuteReader();
        List<StoryMember>? members = null;
        long current = -1;
        while (reader.Read())
        {
            long story = reader.GetInt64(0);
            if (story != current || members is null)
            {
                members = [];
                stories.Add(new StoryRow(story, members));
                current = story;
            }

            members.Add(new StoryMember(reader.GetInt64(1), reader.GetString(2), Str(reader, 3), Str(reader, 4), (int)Long(reader, 5)));
        }

        stories.Sort((a, b) => b.Members.Count != a.Members.Count
            ? b.Members.Count.CompareTo(a.Members.Count)
            : a.StoryId.CompareTo(b.StoryId));
        return stories;
    }

    public StoreStats Stats()
    {
        using var connection = Open();
        long Scalar(string sql)
        {
            using var cmd = Command(connection, null, sql);
            return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        List<KeyValuePair<string, long>> Pairs(string sql)
        {
            using var cmd = Command(connection, null, sql);
            using var reader = cmd.ExecuteReader();
            var list = new List<KeyValuePair<string, long>>();
            while (reader.Read()) list.Add(new(reader.IsDBNull(0) ? "(none)" : reader.GetString(0), Long(reader, 1)));
            return list;
        }

        return new StoreStats(
            Backend,
            SchemaVersion,
            Scalar("SELECT COUNT(*) FROM documents WHERE status = 'ok'"),
            Scalar("SELECT COUNT(*) FROM documents WHERE status = 'failed'"),
            Scalar("SELECT COUNT(*) FROM sentences"),
            Scalar("SELECT COUNT(*) FROM entities"),
            Scalar("SELECT COUNT(*) FROM (SELECT DISTINCT name, type FROM entities) a"),
            Scalar("SELECT COUNT(*) FROM events"),
            Scalar("SELECT COUNT(*) FROM quotes"),
            Scalar("SELECT COUNT(*) FROM figures"),
            Scalar("SELECT COUNT(*) FROM timexes"),
            Scalar("SELECT COUNT(*) FROM stories"),
            Scalar("SELECT COUNT(*) FROM (SELECT story_id FROM story_documents GROUP BY story_id HAVING COUNT(*) > 1) s"),
            Pairs($"SELECT type, COUNT(*) FROM events GROUP BY type ORDER BY COUNT(*) DESC, type{OrdinalCollation}"),
            Pairs("SELECT COALESCE(e.date, d.date), COUNT(*) FROM events e JOIN documents d ON d.doc_key = e.doc_key " +
                  $"GROUP BY COALESCE(e.date, d.date) ORDER BY COALESCE(e.date, d.date){OrdinalCollation} NULLS FIRST"),
            Pairs("SELECT failure_reason, COUNT(*) FROM documents WHERE status = 'failed' GROUP BY failure_reason " +
                  $"ORDER BY COUNT(*) DESC, failure_reason{OrdinalCollation}"))
        {
            CorpusActors = Scalar("SELECT COUNT(*) FROM corpus_actors"),
            CorpusEvents = Scalar("SELECT COUNT(*) FROM corpus_events"),
            ClusteredEvents = Scalar("SELECT COUNT(*) FROM (SELECT corpus_event_id FROM corpus_event_mentions GROUP BY corpus_event_id HAVING COUNT(*) > 1) c"),
            MultiSourceEvents = Scalar("SELECT COUNT(*) FROM (SELECT corpus_event_id FROM corpus_event_mentions GROUP BY corpus_event_id " +
                                       "HAVING COUNT(DISTINCT story_id) > 1) c"),
        };
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>The stable document order of listings and exports: independent of ingest order and worker count.</summary>
    internal string DocumentOrder(string alias) =>
        $"{alias}.source_path{OrdinalCollation} NULLS FIRST, {alias}.id{OrdinalCollation}, {alias}.content_hash{OrdinalCollation}";

    internal static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }

    internal static void Param(DbCommand cmd, string name, object? value, DbType? type = null)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        p.DbType = type ?? value switch
        {
            int => DbType.Int32,
            long => DbType.Int64,
            double => DbType.Double,
            bool => DbType.Boolean,
            _ => DbType.String,
        };
        cmd.Parameters.Add(p);
    }

    internal static string? Str(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    internal static long Long(DbDataReader reader, int i) => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);

    internal static int? NullableInt(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : (int)Long(reader, i);

    private static string AttributeOf(string entity, string key) =>
        $"(SELECT a.value FROM entity_attributes a WHERE a.doc_key = {entity}.doc_key AND a.entity_ord = {entity}.ord " +
        $"AND a.key = '{key}' ORDER BY a.ord LIMIT 1)";

    private void AddTextFilter(DbCommand cmd, List<string> where, string? text)
    {
        if (text is null) return;
        if (TextQuery(text) is { } query)
        {
            where.Add(TextSearchCondition);
            Param(cmd, "@text", query);
        }
        else
        {
            where.Add("1 = 0");
        }
    }

    private static string Where(List<string> conditions) =>
        conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);

    private static string Limit(DbCommand cmd, int? limit)
    {
        if (limit is not { } n) return "";
        Param(cmd, "@limit", n, DbType.Int32);
        return " LIMIT @limit";
    }

    /// <summary>Splits a user's query into words (letters and digits), the common ground of both full-text engines.</summary>
    internal static List<string> QueryWords(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }
}

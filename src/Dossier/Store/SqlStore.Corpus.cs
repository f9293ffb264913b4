using System.Data;
using System.Data.Common;
using System.Globalization;
using Dossier.Corpus.Merging;

namespace Dossier.Store;

// The corpus-level queries: actors merged across documents and clustered events.
internal abstract partial class SqlStore
{
    /// <summary>Ids per IN (…) list when details are fetched for a page of rows.</summary>
    private const int IdChunk = 500;

    public IReadOnlyList<ActorRow> Actors(ActorFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var connection = Open();
        var actors = new List<(long Id, string Name, string Type, string? Country, string? Code, int Documents)>();
        using (var cmd = connection.CreateCommand())
        {
            var where = new List<string>();
            if (filter.Name is { } name)
            {
                where.Add("a.corpus_actor_id IN (SELECT corpus_actor_id FROM corpus_actor_names WHERE norm_name LIKE @name)");
                Param(cmd, "@name", "%" + ActorNames.Normalize(name) + "%");
            }

            if (filter.Type is { } type) { where.Add("a.type = @type"); Param(cmd, "@type", type); }
            if (filter.Id is { } id) { where.Add("a.corpus_actor_id = @id"); Param(cmd, "@id", id, DbType.Int64); }
            cmd.CommandText =
                "SELECT a.corpus_actor_id, a.name, a.type, a.country, a.code, COUNT(DISTINCT x.doc_key) FROM corpus_actors a " +
                "JOIN entities x ON x.corpus_actor_id = a.corpus_actor_id" + Where(where) +
                " GROUP BY a.corpus_actor_id, a.name, a.type, a.country, a.code " +
                $"ORDER BY COUNT(DISTINCT x.doc_key) DESC, a.name{OrdinalCollation}, a.type{OrdinalCollation}, " +
                $"a.country{OrdinalCollation} NULLS FIRST, a.code{OrdinalCollation} NULLS FIRST, a.corpus_actor_id" + Limit(cmd, filter.Limit);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
                actors.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Str(reader, 3), Str(reader, 4), (int)Long(reader, 5)));
        }

        var ids = actors.Select(a => a.Id).ToList();
        var names = Grouped(connection, ids,
            "SELECT corpus_actor_id, name FROM entities WHERE corpus_actor_id IN ({0}) GROUP BY corpus_actor_id, name " +
            $"ORDER BY corpus_actor_id, COUNT(*) DESC, name{OrdinalCollation}", r => r.GetString(1));
        var mentions = Counts(connection, ids,
            "SELECT x.corpus_actor_id, COUNT(*) FROM mentions m JOIN entities x ON x.doc_key = m.doc_key AND x.ord = m.entity_ord " +
            "WHERE x.corpus_actor_id IN ({0}) GROUP BY x.corpus_actor_id");
        var events = Counts(connection, ids,
            "SELECT x.corpus_actor_id, COUNT(*) FROM entities x JOIN events e ON e.doc_key = x.doc_key AND (e.source = x.id OR e.target = x.id) " +
            "WHERE x.corpus_actor_id IN ({0}) GROUP BY x.corpus_actor_id");
        return [.. actors.Select(a => new ActorRow(a.Id, a.Name, a.Type, a.Country, a.Code,
            names.TryGetValue(a.Id, out var n) ? n : [], a.Documents, mentions.GetValueOrDefault(a.Id), events.GetValueOrDefault(a.Id)))];
    }

    public IReadOnlyList<CorpusEventRow> CorpusEvents(CorpusEventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var connection = Open();
        var rows = new List<CorpusEventRow>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = CorpusEventsSql(cmd, filter);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(new CorpusEventRow(reader.GetInt64(0), reader.GetString(1), Str(reader, 2), Str(reader, 3), Str(reader, 4),
                    reader.GetBoolean(5), Str(reader, 6), Str(reader, 7), Str(reader, 8), Str(reader, 9), Str(reader, 10),
                    (int)Long(reader, 11), (int)Long(reader, 12), (int)Long(reader, 13), [], []));
            }
        }

        var ids = rows.Select(r => r.Id).ToList();
        var sources = Grouped(connection, ids,
            "SELECT m.corpus_event_id, m.doc_key, d.id, d.url, m.story_id, COUNT(*) FROM corpus_event_mentions m " +
            "JOIN documents d ON d.doc_key = m.doc_key WHERE m.corpus_event_id IN ({0}) " +
            "GROUP BY m.corpus_event_id, m.doc_key, d.id, d.url, m.story_id " +
            $"ORDER BY m.corpus_event_id, d.id{OrdinalCollation}, d.url{OrdinalCollation}, m.doc_key",
            r => new CorpusEventSource(r.GetInt64(1), r.GetString(2), Str(r, 3), r.GetInt64(4), (int)Long(r, 5)));
        var figures = Grouped(connection, ids,
            "SELECT cf.corpus_event_id, f.kind, f.value, f.value_max, f.qualifier, f.source_text, d.id, sd.story_id " +
            "FROM corpus_event_figures cf JOIN figures f ON f.doc_key = cf.doc_key AND f.ord = cf.figure_ord " +
            "JOIN documents d ON d.doc_key = cf.doc_key JOIN story_documents sd ON sd.doc_key = cf.doc_key " +
            $"WHERE cf.corpus_event_id IN ({{0}}) ORDER BY cf.corpus_event_id, f.kind{OrdinalCollation}, f.value, d.id{OrdinalCollation}, f.ord",
            r => new CorpusFigure(r.GetString(1), r.GetDouble(2), r.IsDBNull(3) ? null : r.GetDouble(3), r.GetString(4), Str(r, 5),
                r.GetString(6), r.GetInt64(7)));
        return [.. rows.Select(r => r with
        {
            Sources = sources.TryGetValue(r.Id, out var s) ? s : [],
            Figures = figures.TryGetValue(r.Id, out var f) ? f : [],
        })];
    }

    private string CorpusEventsSql(DbCommand cmd, CorpusEventFilter filter)
    {
        var where = new List<string>();
        if (filter.ActorId is { } id)
        {
            where.Add("(ce.source_actor_id = @aid OR ce.target_actor_id = @aid)");
            Param(cmd, "@aid", id, DbType.Int64);
        }

        if (filter.Actor is { } actor)
        {
            const string named = "(SELECT corpus_actor_id FROM corpus_actor_names WHERE norm_name LIKE @actor)";
            where.Add($"(ce.source_actor_id IN {named} OR ce.target_actor_id IN {named})");
            Param(cmd, "@actor", "%" + ActorNames.Normalize(actor) + "%");
        }

        if (filter.Type is { } type)
        {
            where.Add("(lower(ce.type) = @type OR ce.cameo_root = @cameo)");
            Param(cmd, "@type", type.ToLowerInvariant());
            Param(cmd, "@cameo", type.Length >= 2 ? type[..2] : type);
        }

        if (filter.From is { } from) { where.Add("ce.date_max >= @from"); Param(cmd, "@from", from); }
        if (filter.To is { } to) { where.Add("ce.date_min <= @to"); Param(cmd, "@to", to); }
        const string support = "(SELECT COUNT(DISTINCT m.story_id) FROM corpus_event_mentions m WHERE m.corpus_event_id = ce.corpus_event_id)";
        if (filter.MinSupport > 1)
        {
            where.Add($"{support} >= @min");
            Param(cmd, "@min", filter.MinSupport, DbType.Int32);
        }

        return "SELECT ce.corpus_event_id, ce.type, ce.cameo_root, ce.date_min, ce.date_max, ce.negated, sa.name, sa.code, " +
               $"ta.name, ta.code, la.name, {support}, " +
               "(SELECT COUNT(DISTINCT m.doc_key) FROM corpus_event_mentions m WHERE m.corpus_event_id = ce.corpus_event_id), " +
               "(SELECT COUNT(*) FROM corpus_event_mentions m WHERE m.corpus_event_id = ce.corpus_event_id) " +
               "FROM corpus_events ce LEFT JOIN corpus_actors sa ON sa.corpus_actor_id = ce.source_actor_id " +
               "LEFT JOIN corpus_actors ta ON ta.corpus_actor_id = ce.target_actor_id " +
               "LEFT JOIN corpus_actors la ON la.corpus_actor_id = ce.location_actor_id" + Where(where) +
               $" ORDER BY ce.date_min{OrdinalCollation} NULLS FIRST, ce.type{OrdinalCollation}, sa.name{OrdinalCollation} NULLS FIRST, " +
               $"ta.name{OrdinalCollation} NULLS FIRST, la.name{OrdinalCollation} NULLS FIRST, ce.corpus_event_id" + Limit(cmd, filter.Limit);
    }

    /// <summary>Runs <paramref name="sql"/> (with {0} for the id list) over chunks of ids; rows grouped by their first column.</summary>
    private static Dictionary<long, List<T>> Grouped<T>(DbConnection connection, List<long> ids, string sql, Func<DbDataReader, T> read)
    {
        var result = new Dictionary<long, List<T>>();
        foreach (var chunk in ids.Chunk(IdChunk))
        {
            using var cmd = Command(connection, null,
                string.Format(CultureInfo.InvariantCulture, sql, string.Join(", ", chunk.Select(i => i.ToString(CultureInfo.InvariantCulture)))));
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                long key = reader.GetInt64(0);
                if (!result.TryGetValue(key, out var list)) result[key] = list = [];
                list.Add(read(reader));
            }
        }

        return result;
    }

    private static Dictionary<long, int> Counts(DbConnection connection, List<long> ids, string sql) =>
        Grouped(connection, ids, sql, r => (int)Long(r, 1)).ToDictionary(p => p.Key, p => p.Value.Sum());
}

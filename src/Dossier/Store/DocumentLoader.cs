using System.Data;
using System.Data.Common;
using Dossier.Serialization;

namespace Dossier.Store;

/// <summary>Reads one analysed document's rows back into its dossier/1 record, every list in its stored order.</summary>
internal sealed class DocumentLoader(DbConnection connection)
{
    public DossierOutput? Load(long docKey)
    {
        string schema;
        DocumentOut document;
        string layers;
        using (var cmd = Query(docKey,
                   "SELECT id, schema, title, url, date, text, layers FROM documents WHERE doc_key = @k AND status = 'ok'"))
        using (var reader = cmd.ExecuteReader())
        {
            if (!reader.Read()) return null;
            schema = reader.GetString(1);
            document = new DocumentOut(reader.GetString(0), SqlStore.Str(reader, 2), SqlStore.Str(reader, 3),
                SqlStore.Str(reader, 4), SqlStore.Str(reader, 5) ?? "");
            layers = reader.GetString(6);
        }

        return new DossierOutput(
            schema,
            document,
            layers.Length == 0 ? [] : layers.Split(','),
            Ranges(docKey, "boilerplate"),
            Ranges(docKey, "sentences"),
            null,
            Entities(docKey),
            Rows(docKey, "SELECT id, type, mode, cameo, source, target, location, date, negated, modality, attributed_to, " +
                         "evidence_start, evidence_end, rule, source_text, target_text, location_text, figures, date_basis, " +
                         "date_timex, location_basis, attributed_text, quote FROM events " +
                         "WHERE doc_key = @k ORDER BY ord",
                r => new EventOut(r.GetString(0), r.GetString(1), S(r, 2), S(r, 3), S(r, 4), S(r, 5), S(r, 6), S(r, 7),
                    r.GetBoolean(8), r.GetString(9), S(r, 10), new RangeOut(I(r, 11), I(r, 12)), r.GetString(13), S(r, 14),
                    S(r, 15), S(r, 16), S(r, 17)?.Split(' ', StringSplitOptions.RemoveEmptyEntries), S(r, 18), S(r, 19), S(r, 20), S(r, 21),
                    S(r, 22))),
            Rows(docKey, "SELECT id, speaker, char_start, char_end, text, cue, direct, channel, rule, speaker_text, speaker_start, " +
                         "speaker_end, via_actor, via_text, via_start, via_end, status, status_cue_text, status_cue_start, " +
                         "status_cue_end FROM quotes WHERE doc_key = @k ORDER BY ord",
                r => new QuoteOut(r.GetString(0), S(r, 1), I(r, 2), I(r, 3), r.GetString(4), S(r, 5), r.GetBoolean(6),
                    S(r, 7), r.GetString(8), S(r, 9), Range(r, 10),
                    r.IsDBNull(13) ? null : new IntermediaryOut(S(r, 12), r.GetString(13), I(r, 14), I(r, 15)), S(r, 16),
                    StatusCue(r, 17))),
            Rows(docKey, "SELECT id, kind, value, value_max, qualifier, subject, attributed_to, status, evidence_start, " +
                         "evidence_end, rule, source_text, source_start, source_end, status_cue_text, status_cue_start, " +
                         "status_cue_end FROM figures WHERE doc_key = @k ORDER BY ord",
                r => new FigureOut(r.GetString(0), r.GetString(1), r.GetDouble(2), r.IsDBNull(3) ? null : r.GetDouble(3),
                    r.GetString(4), S(r, 5), S(r, 6), r.GetString(7), new RangeOut(I(r, 8), I(r, 9)), r.GetString(10), S(r, 11),
                    Range(r, 12), StatusCue(r, 14))),
            Rows(docKey, "SELECT id, char_start, char_end, text, type, value, rule, mod FROM timexes WHERE doc_key = @k ORDER BY ord",
                r => new TimexOut(r.GetString(0), I(r, 1), I(r, 2), r.GetString(3), r.GetString(4), S(r, 5), r.GetString(6), S(r, 7))));
    }

    private List<EntityOut> Entities(long docKey)
    {
        var attributes = new Dictionary<int, Dictionary<string, IReadOnlyList<AttributeOut>>>();
        using (var cmd = Query(docKey, "SELECT entity_ord, key, value, char_start, char_end, rule, status, qualifier " +
                                       "FROM entity_attributes WHERE doc_key = @k ORDER BY entity_ord, ord"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                int entity = I(r, 0);
                if (!attributes.TryGetValue(entity, out var map))
                    attributes[entity] = map = new Dictionary<string, IReadOnlyList<AttributeOut>>(StringComparer.Ordinal);
                var key = r.GetString(1);
                if (!map.TryGetValue(key, out var list)) map[key] = list = new List<AttributeOut>();
                ((List<AttributeOut>)list).Add(new AttributeOut(r.GetString(2), SqlStore.NullableInt(r, 3),
                    SqlStore.NullableInt(r, 4), r.GetString(5), S(r, 6), S(r, 7)));
            }
        }

        var mentions = new Dictionary<int, List<MentionOut>>();
        using (var cmd = Query(docKey, "SELECT entity_ord, char_start, char_end, text, kind, rule FROM mentions " +
                                       "WHERE doc_key = @k ORDER BY entity_ord, ord"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                int entity = I(r, 0);
                if (!mentions.TryGetValue(entity, out var list)) mentions[entity] = list = [];
                list.Add(new MentionOut(I(r, 1), I(r, 2), r.GetString(3), r.GetString(4), r.GetString(5)));
            }
        }

        return Rows(docKey, "SELECT ord, id, name, type FROM entities WHERE doc_key = @k ORDER BY ord", r =>
        {
            int ord = I(r, 0);
            return new EntityOut(r.GetString(1), r.GetString(2), r.GetString(3),
                attributes.TryGetValue(ord, out var a) ? a : new Dictionary<string, IReadOnlyList<AttributeOut>>(StringComparer.Ordinal),
                mentions.TryGetValue(ord, out var m) ? m : []);
        });
    }

    private List<RangeOut> Ranges(long docKey, string table) =>
        Rows(docKey, $"SELECT char_start, char_end FROM {table} WHERE doc_key = @k ORDER BY ord",
            r => new RangeOut(I(r, 0), I(r, 1)));

    private List<T> Rows<T>(long docKey, string sql, Func<DbDataReader, T> map)
    {
        using var cmd = Query(docKey, sql);
        using var reader = cmd.ExecuteReader();
        var list = new List<T>();
        while (reader.Read()) list.Add(map(reader));
        return list;
    }

    private DbCommand Query(long docKey, string sql)
    {
        var cmd = SqlStore.Command(connection, null, sql);
        SqlStore.Param(cmd, "@k", docKey, DbType.Int64);
        return cmd;
    }

    private static string? S(DbDataReader r, int i) => SqlStore.Str(r, i);

    private static int I(DbDataReader r, int i) => (int)SqlStore.Long(r, i);

    /// <summary>An optional range stored as two nullable columns starting at <paramref name="i"/>.</summary>
    private static RangeOut? Range(DbDataReader r, int i) =>
        r.IsDBNull(i) || r.IsDBNull(i + 1) ? null : new RangeOut(I(r, i), I(r, i + 1));

    /// <summary>An optional certainty cue stored as text, start and end columns starting at <paramref name="i"/>.</summary>
    private static StatusCueOut? StatusCue(DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : new StatusCueOut(r.GetString(i), I(r, i + 1), I(r, i + 2));
}

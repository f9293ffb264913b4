using System.Data;
using System.Data.Common;
using System.Globalization;
using Dossier.Serialization;

namespace Dossier.Store;

/// <summary>
/// Puts each event of a newly stored document into a corpus event (cluster), inside the batch's write
/// transaction. Two event mentions share a cluster when they have the same PLOVER type, CAMEO root, negation
/// and corpus source and target actors, compatible places (the same corpus actor, or one unknown), and dates
/// within <see cref="WindowDays"/> of every member (complete linkage). Undated events, and events with no
/// actor and no place, cluster only within their story (syndicated copies), never across stories.
/// </summary>
internal sealed class EventClusterer(DbConnection connection, DbTransaction tx, int windowDays)
{
    public const string RuleNew = "new", RuleWindow = "window", RuleStory = "story";

    public int WindowDays { get; } = windowDays;

    /// <summary>Adds the document's cluster links (and the figures each clustered event reports) to <paramref name="rows"/>.</summary>
    public void Cluster(long docKey, long storyId, DossierOutput output, ActorLink[] actors, LayerRows rows)
    {
        var actorOf = new Dictionary<string, long>(StringComparer.Ordinal);
        for (int i = 0; i < output.Entities.Count; i++) actorOf.TryAdd(output.Entities[i].Id, actors[i].ActorId);
        var figureOrd = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < output.Figures.Count; i++) figureOrd.TryAdd(output.Figures[i].Id, i);
        var figureLinks = new HashSet<(long, int)>();

        for (int ord = 0; ord < output.Events.Count; ord++)
        {
            var e = output.Events[ord];
            long? source = Actor(actorOf, e.Source), target = Actor(actorOf, e.Target), place = Actor(actorOf, e.Location);
            string? cameoRoot = e.Cameo is { Length: >= 2 } cameo ? cameo[..2] : null;
            DateOnly? date = DateOnly.TryParseExact(e.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            var key = string.Join('|', e.Type, cameoRoot, source, target, e.Negated ? "1" : "0");
            bool storyOnly = date is null || (source is null && target is null && place is null);
            if (storyOnly) key += "|story|" + e.Date;

            var (cluster, rule) = storyOnly ? FindInStory(key, storyId, place) : FindInWindow(key, date!.Value, place);
            if (cluster is null)
            {
                cluster = Insert(key, e, cameoRoot, source, target, place, storyOnly ? storyId : null);
                rule = RuleNew;
            }

            rows.AddRow(CorpusTables.EventMentions, docKey, ord, cluster.Value, storyId, rule);
            foreach (var figure in e.Figures ?? [])
            {
                if (figureOrd.TryGetValue(figure, out var f) && figureLinks.Add((cluster.Value, f)))
                    rows.AddRow(CorpusTables.EventFigures, cluster.Value, docKey, f);
            }
        }
    }

    private static long? Actor(Dictionary<string, long> actorOf, string? entityId) =>
        entityId is not null && actorOf.TryGetValue(entityId, out var id) ? id : null;

    private (long? Cluster, string Rule) FindInWindow(string key, DateOnly date, long? place)
    {
        string day = Day(date);
        using var cmd = SqlStore.Command(connection, tx,
            "SELECT corpus_event_id, location_actor_id, date_min, date_max FROM corpus_events " +
            "WHERE cluster_key = @k AND date_min >= @lo AND date_max <= @hi AND story_id IS NULL ORDER BY corpus_event_id");
        SqlStore.Param(cmd, "@k", key);
        SqlStore.Param(cmd, "@lo", Day(date.AddDays(-WindowDays)));
        SqlStore.Param(cmd, "@hi", Day(date.AddDays(WindowDays)));
        long? found = null;
        long? foundPlace = null;
        string? min = null, max = null;
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                long? p = reader.IsDBNull(1) ? null : reader.GetInt64(1);
                if (p is not null && place is not null && p != place) continue;
                (found, foundPlace, min, max) = (reader.GetInt64(0), p, reader.GetString(2), reader.GetString(3));
                break;
            }
        }

        if (found is null) return (null, RuleNew);
        bool widen = string.CompareOrdinal(day, min) < 0 || string.CompareOrdinal(day, max) > 0;
        if (widen || (foundPlace is null && place is not null))
        {
            using var update = SqlStore.Command(connection, tx,
                "UPDATE corpus_events SET date_min = @min, date_max = @max, location_actor_id = @place WHERE corpus_event_id = @id");
            SqlStore.Param(update, "@min", string.CompareOrdinal(day, min) < 0 ? day : min);
            SqlStore.Param(update, "@max", string.CompareOrdinal(day, max) > 0 ? day : max);
            SqlStore.Param(update, "@place", foundPlace ?? place, DbType.Int64);
            SqlStore.Param(update, "@id", found.Value, DbType.Int64);
            update.ExecuteNonQuery();
        }

        return (found, RuleWindow);
    }

    private (long? Cluster, string Rule) FindInStory(string key, long storyId, long? place)
    {
        using var cmd = SqlStore.Command(connection, tx,
            "SELECT corpus_event_id, location_actor_id FROM corpus_events WHERE cluster_key = @k AND story_id = @s ORDER BY corpus_event_id");
        SqlStore.Param(cmd, "@k", key);
        SqlStore.Param(cmd, "@s", storyId, DbType.Int64);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            long? p = reader.IsDBNull(1) ? null : reader.GetInt64(1);
            if (p is null || place is null || p == place) return (reader.GetInt64(0), RuleStory);
        }

        return (null, RuleNew);
    }

    private long Insert(string key, EventOut e, string? cameoRoot, long? source, long? target, long? place, long? storyId)
    {
        string? day = DateOnly.TryParseExact(e.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? Day(d) : null;
        using var cmd = SqlStore.Command(connection, tx,
            "INSERT INTO corpus_events (cluster_key, type, cameo_root, source_actor_id, target_actor_id, location_actor_id, " +
            "negated, date_min, date_max, story_id) VALUES (@k, @type, @cameo, @s, @t, @l, @neg, @day, @day, @story) " +
            "RETURNING corpus_event_id");
        SqlStore.Param(cmd, "@k", key);
        SqlStore.Param(cmd, "@type", e.Type);
        SqlStore.Param(cmd, "@cameo", cameoRoot);
        SqlStore.Param(cmd, "@s", source, DbType.Int64);
        SqlStore.Param(cmd, "@t", target, DbType.Int64);
        SqlStore.Param(cmd, "@l", place, DbType.Int64);
        SqlStore.Param(cmd, "@neg", e.Negated);
        SqlStore.Param(cmd, "@day", day);
        SqlStore.Param(cmd, "@story", storyId, DbType.Int64);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

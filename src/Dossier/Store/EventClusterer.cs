using System.Data;
using System.Data.Common;
using System.Globalization;
using Dossier.Serialization;

namespace Dossier.Store;

/// <summary>
/// Puts each event of a newly stored document into a corpus event (cluster), inside the batch's write
/// transaction. Two event mentions share a cluster when they have the same PLOVER type, CAMEO root, negation
/// and corpus source and target actors, compatible places (the same corpus actor, or one unknown), and dates
/// within <see cref="WindowDays"/> of every member (complete linkage); a date may be the document's (date_basis
/// "document": reports of one event a few days apart still meet), a place only a stated one. Undated events, and events with no
/// actor and no place, cluster only within their story (syndicated copies), never across stories.
/// The candidate clusters of a document come in one query; new clusters are inserted as they appear and
/// changed ones updated at the end, so a document costs few round trips.
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

        var mentions = output.Events.Select(e => Mention.Of(e, actorOf)).ToList();
        var clusters = Load(mentions, storyId);
        for (int ord = 0; ord < mentions.Count; ord++)
        {
            var m = mentions[ord];
            var cluster = clusters.Where(c => c.Accepts(m, storyId, WindowDays)).MinBy(c => c.Id);
            string rule;
            if (cluster is null)
            {
                cluster = Insert(m, output.Events[ord], m.StoryOnly ? storyId : null);
                clusters.Add(cluster);
                rule = RuleNew;
            }
            else
            {
                cluster.Absorb(m);
                rule = m.StoryOnly ? RuleStory : RuleWindow;
            }

            rows.AddRow(CorpusTables.EventMentions, docKey, ord, cluster.Id, storyId, rule);
            foreach (var figure in output.Events[ord].Figures ?? [])
            {
                if (figureOrd.TryGetValue(figure, out var f) && figureLinks.Add((cluster.Id, f)))
                    rows.AddRow(CorpusTables.EventFigures, cluster.Id, docKey, f);
            }
        }

        foreach (var c in clusters.Where(c => c.Changed)) Update(c);
    }

    /// <summary>Every stored cluster any of the document's mentions could join, in one query.</summary>
    private List<OpenCluster> Load(List<Mention> mentions, long storyId)
    {
        var result = new List<OpenCluster>();
        var keys = mentions.Select(m => m.Key).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0) return result;
        var dates = mentions.Where(m => !m.StoryOnly).Select(m => m.Date!.Value).ToList();
        using var cmd = SqlStore.Command(connection, tx, "");
        var names = new List<string>(keys.Count);
        for (int i = 0; i < keys.Count; i++)
        {
            names.Add("@k" + i.ToString(CultureInfo.InvariantCulture));
            SqlStore.Param(cmd, names[^1], keys[i]);
        }

        var window = "1 = 0";
        if (dates.Count > 0)
        {
            window = "(story_id IS NULL AND date_min >= @lo AND date_max <= @hi)";
            SqlStore.Param(cmd, "@lo", Day(dates.Min().AddDays(-WindowDays)));
            SqlStore.Param(cmd, "@hi", Day(dates.Max().AddDays(WindowDays)));
        }

        SqlStore.Param(cmd, "@s", storyId, DbType.Int64);
        cmd.CommandText = "SELECT corpus_event_id, cluster_key, location_actor_id, date_min, date_max, story_id FROM corpus_events " +
                          $"WHERE cluster_key IN ({string.Join(", ", names)}) AND ({window} OR story_id = @s)";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new OpenCluster(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2),
                SqlStore.Str(reader, 3), SqlStore.Str(reader, 4), reader.IsDBNull(5) ? null : reader.GetInt64(5)));
        }

        return result;
    }

    private OpenCluster Insert(Mention m, EventOut e, long? storyId)
    {
        string? day = m.Date is { } d ? Day(d) : null;
        using var cmd = SqlStore.Command(connection, tx,
            "INSERT INTO corpus_events (cluster_key, type, cameo_root, source_actor_id, target_actor_id, location_actor_id, " +
            "negated, date_min, date_max, story_id) VALUES (@k, @type, @cameo, @s, @t, @l, @neg, @day, @day, @story) " +
            "RETURNING corpus_event_id");
        SqlStore.Param(cmd, "@k", m.Key);
        SqlStore.Param(cmd, "@type", e.Type);
        SqlStore.Param(cmd, "@cameo", m.CameoRoot);
        SqlStore.Param(cmd, "@s", m.Source, DbType.Int64);
        SqlStore.Param(cmd, "@t", m.Target, DbType.Int64);
        SqlStore.Param(cmd, "@l", m.Place, DbType.Int64);
        SqlStore.Param(cmd, "@neg", e.Negated);
        SqlStore.Param(cmd, "@day", day);
        SqlStore.Param(cmd, "@story", storyId, DbType.Int64);
        long id = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        return new OpenCluster(id, m.Key, m.Place, day, day, storyId);
    }

    private void Update(OpenCluster c)
    {
        using var cmd = SqlStore.Command(connection, tx,
            "UPDATE corpus_events SET date_min = @min, date_max = @max, location_actor_id = @place WHERE corpus_event_id = @id");
        SqlStore.Param(cmd, "@min", c.Min);
        SqlStore.Param(cmd, "@max", c.Max);
        SqlStore.Param(cmd, "@place", c.Place, DbType.Int64);
        SqlStore.Param(cmd, "@id", c.Id, DbType.Int64);
        cmd.ExecuteNonQuery();
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>What clustering compares of one event mention.</summary>
    private sealed record Mention(string Key, string? CameoRoot, long? Source, long? Target, long? Place, DateOnly? Date, bool StoryOnly)
    {
        public static Mention Of(EventOut e, Dictionary<string, long> actorOf)
        {
            long? source = Actor(actorOf, e.Source), target = Actor(actorOf, e.Target);
            // A document's focus country is no statement about where this event happened: it neither joins nor splits.
            long? place = e.LocationBasis == "document" ? null : Actor(actorOf, e.Location);
            string? cameoRoot = e.Cameo is { Length: >= 2 } cameo ? cameo[..2] : null;
            DateOnly? date = DateOnly.TryParseExact(e.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            var key = string.Join('|', e.Type, cameoRoot, source, target, e.Negated ? "1" : "0");
            bool storyOnly = date is null || (source is null && target is null && place is null);
            if (storyOnly) key += "|story|" + e.Date;
            return new Mention(key, cameoRoot, source, target, place, date, storyOnly);
        }

        private static long? Actor(Dictionary<string, long> actorOf, string? entityId) =>
            entityId is not null && actorOf.TryGetValue(entityId, out var id) ? id : null;
    }

    /// <summary>A corpus event as the clusterer sees it while a document is written.</summary>
    private sealed class OpenCluster(long id, string key, long? place, string? min, string? max, long? story)
    {
        public long Id { get; } = id;

        public long? Place { get; private set; } = place;

        public string? Min { get; private set; } = min;

        public string? Max { get; private set; } = max;

        public bool Changed { get; private set; }

        public bool Accepts(Mention m, long storyId, int windowDays)
        {
            if (m.Key != key || (Place is not null && m.Place is not null && Place != m.Place)) return false;
            if (m.StoryOnly) return story == storyId;
            if (story is not null || Min is null || Max is null) return false;
            string lo = Day(m.Date!.Value.AddDays(-windowDays)), hi = Day(m.Date.Value.AddDays(windowDays));
            return string.CompareOrdinal(Min, lo) >= 0 && string.CompareOrdinal(Max, hi) <= 0;
        }

        public void Absorb(Mention m)
        {
            if (Place is null && m.Place is not null) { Place = m.Place; Changed = true; }
            if (m.StoryOnly || m.Date is not { } date) return;
            var day = Day(date);
            if (string.CompareOrdinal(day, Min) < 0) { Min = day; Changed = true; }
            if (string.CompareOrdinal(day, Max) > 0) { Max = day; Changed = true; }
        }
    }
}

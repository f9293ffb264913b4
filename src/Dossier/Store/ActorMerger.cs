using System.Data;
using System.Data.Common;
using System.Globalization;
using Dossier.Corpus.Merging;
using Dossier.Serialization;

namespace Dossier.Store;

/// <summary>
/// Links each entity of a newly stored document to a corpus actor, inside the batch's write transaction (which
/// holds the write lock), creating the actor when no rule matches. Rules, first match wins:
/// <list type="number">
/// <item><c>geonameid</c>: same type and gazetteer id;</item>
/// <item><c>name</c>: same type and normalised name (an actor with the same country preferred);</item>
/// <item><c>acronym</c>: an acronym and its expansion that some document equated (one mentions the other);</item>
/// <item><c>surname</c>: a person's surname alone and a full name, when exactly one candidate exists in the corpus;</item>
/// <item><c>new</c>: otherwise a new actor.</item>
/// </list>
/// A candidate whose country or gazetteer id conflicts with the entity's is never taken.
/// </summary>
internal sealed class ActorMerger(DbConnection connection, DbTransaction tx)
{
    public const string RuleGeonameId = "geonameid", RuleName = "name", RuleAcronym = "acronym", RuleSurname = "surname", RuleNew = "new";

    /// <summary>Rows per multi-row insert of name variants (4 parameters each; SQLite allows 32,766).</summary>
    private const int NamesPerInsert = 200;

    /// <summary>One link per entity of <paramref name="output"/>, in entity order.</summary>
    public ActorLink[] Merge(DossierOutput output)
    {
        var profiles = output.Entities.Select(EntityProfile.Of).ToList();
        var known = Load(profiles);
        var links = new ActorLink[profiles.Count];
        var newNames = new List<(NameVariant Variant, string Type, long ActorId)>();
        for (int i = 0; i < profiles.Count; i++) links[i] = Link(profiles[i], known, newNames);
        InsertNames(newNames);
        return links;
    }

    private ActorLink Link(EntityProfile entity, KnownActors known, List<(NameVariant, string, long)> newNames)
    {
        var (actor, rule) = Choose(entity, known);
        if (actor is null)
        {
            actor = Insert(entity);
            known.Add(actor);
            rule = RuleNew;
        }
        else if (actor.Absorb(entity))
        {
            Update(actor);
        }

        foreach (var v in entity.Variants)
        {
            if (known.Register(v, entity.Type, actor)) newNames.Add((v, entity.Type, actor.Id));
        }

        return new ActorLink(actor.Id, rule);
    }

    private static (CorpusActor? Actor, string Rule) Choose(EntityProfile entity, KnownActors known)
    {
        if (entity.GeonameId is { } gid &&
            Single(known.ByGeonameId(gid).Where(a => a.Type == entity.Type && a.Accepts(entity))) is { } byPlace)
            return (byPlace, RuleGeonameId);

        var named = known.Find(entity.Norm, entity.Type, NameVariant.Name).Where(a => a.Accepts(entity)).ToList();
        if (named.Count == 1) return (named[0], RuleName);
        if (named.Count > 1)
        {
            // Several actors of one name (different countries): the one whose country equals the entity's, if one.
            var same = named.Where(a => ActorNames.Key(a.Country) == ActorNames.Key(entity.Country)).ToList();
            return same.Count >= 1 ? (same.MinBy(a => a.Id), RuleName) : (null, RuleNew);
        }

        var aliases = known.Find(entity.Norm, entity.Type, NameVariant.Alias)
            .Concat(entity.Variants.Where(v => v.Kind == NameVariant.Alias)
                .SelectMany(v => known.Find(v.Norm, entity.Type, NameVariant.Name).Concat(known.Find(v.Norm, entity.Type, NameVariant.Alias))))
            .Where(a => a.Accepts(entity));
        if (Single(aliases) is { } byAlias) return (byAlias, RuleAcronym);

        if (!ActorNames.IsPerson(entity.Type)) return (null, RuleNew);
        if (ActorNames.IsSingleWord(entity.Norm))
        {
            // "Tokayev" alone: the one person in the corpus with that surname.
            var people = known.Find(entity.Norm, entity.Type, NameVariant.Surname).ToList();
            return Single(people) is { } person && person.Accepts(entity) ? (person, RuleSurname) : (null, RuleNew);
        }

        // A full name whose surname alone is already an actor, unless another full name shares the surname.
        var surname = ActorNames.Surname(entity.Norm)!;
        if (known.Find(surname, entity.Type, NameVariant.Surname).Count > 0) return (null, RuleNew);
        return Single(known.Find(surname, entity.Type, NameVariant.Name)) is { } bare && bare.Accepts(entity)
            ? (bare, RuleSurname)
            : (null, RuleNew);
    }

    /// <summary>The one distinct actor of a sequence; null when there are none or several.</summary>
    private static CorpusActor? Single(IEnumerable<CorpusActor> actors)
    {
        CorpusActor? found = null;
        foreach (var a in actors)
        {
            if (found is null) found = a;
            else if (found.Id != a.Id) return null;
        }

        return found;
    }

    /// <summary>One query for every actor any entity of the document could match, by name variant or gazetteer id.</summary>
    private KnownActors Load(List<EntityProfile> profiles)
    {
        var known = new KnownActors();
        var norms = profiles.SelectMany(p => p.Variants.Select(v => v.Norm)).Distinct(StringComparer.Ordinal).ToList();
        var gids = profiles.Select(p => p.GeonameId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (norms.Count == 0) return known;
        using var cmd = SqlStore.Command(connection, tx, "");
        var names = new List<string>(norms.Count);
        for (int i = 0; i < norms.Count; i++)
        {
            names.Add("@n" + i.ToString(CultureInfo.InvariantCulture));
            SqlStore.Param(cmd, names[^1], norms[i]);
        }

        var sql = "SELECT n.norm_name, n.kind, a.corpus_actor_id, a.name, a.type, a.country, a.code, a.geonameid " +
                  "FROM corpus_actor_names n JOIN corpus_actors a ON a.corpus_actor_id = n.corpus_actor_id " +
                  $"WHERE n.norm_name IN ({string.Join(", ", names)})";
        if (gids.Count > 0)
        {
            var g = new List<string>(gids.Count);
            for (int i = 0; i < gids.Count; i++)
            {
                g.Add("@g" + i.ToString(CultureInfo.InvariantCulture));
                SqlStore.Param(cmd, g[^1], gids[i]);
            }

            sql += " UNION ALL SELECT NULL, NULL, a.corpus_actor_id, a.name, a.type, a.country, a.code, a.geonameid " +
                   $"FROM corpus_actors a WHERE a.geonameid IN ({string.Join(", ", g)})";
        }

        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var actor = known.Intern(new CorpusActor(reader.GetInt64(2), reader.GetString(3), reader.GetString(4),
                SqlStore.Str(reader, 5), SqlStore.Str(reader, 6), SqlStore.Str(reader, 7)));
            if (!reader.IsDBNull(0)) known.Register(new NameVariant(reader.GetString(0), reader.GetString(1)), actor.Type, actor);
        }

        return known;
    }

    private CorpusActor Insert(EntityProfile entity)
    {
        using var cmd = SqlStore.Command(connection, tx,
            "INSERT INTO corpus_actors (name, type, country, code, geonameid) VALUES (@name, @type, @country, @code, @gid) " +
            "RETURNING corpus_actor_id");
        SqlStore.Param(cmd, "@name", entity.Name);
        SqlStore.Param(cmd, "@type", entity.Type);
        SqlStore.Param(cmd, "@country", entity.Country);
        SqlStore.Param(cmd, "@code", entity.Code);
        SqlStore.Param(cmd, "@gid", entity.GeonameId);
        long id = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        return new CorpusActor(id, entity.Name, entity.Type, entity.Country, entity.Code, entity.GeonameId);
    }

    private void Update(CorpusActor actor)
    {
        using var cmd = SqlStore.Command(connection, tx,
            "UPDATE corpus_actors SET name = @name, country = @country, code = @code, geonameid = @gid WHERE corpus_actor_id = @id");
        SqlStore.Param(cmd, "@name", actor.Name);
        SqlStore.Param(cmd, "@country", actor.Country);
        SqlStore.Param(cmd, "@code", actor.Code);
        SqlStore.Param(cmd, "@gid", actor.GeonameId);
        SqlStore.Param(cmd, "@id", actor.Id, DbType.Int64);
        cmd.ExecuteNonQuery();
    }

    /// <summary>The document's new name variants in one statement (one round trip), in chunks of <see cref="NamesPerInsert"/>.</summary>
    private void InsertNames(List<(NameVariant Variant, string Type, long ActorId)> names)
    {
        foreach (var chunk in names.Chunk(NamesPerInsert))
        {
            using var cmd = SqlStore.Command(connection, tx, "");
            var values = new List<string>(chunk.Length);
            for (int i = 0; i < chunk.Length; i++)
            {
                var n = i.ToString(CultureInfo.InvariantCulture);
                values.Add($"(@n{n}, @t{n}, @k{n}, @a{n})");
                SqlStore.Param(cmd, "@n" + n, chunk[i].Variant.Norm);
                SqlStore.Param(cmd, "@t" + n, chunk[i].Type);
                SqlStore.Param(cmd, "@k" + n, chunk[i].Variant.Kind);
                SqlStore.Param(cmd, "@a" + n, chunk[i].ActorId, DbType.Int64);
            }

            cmd.CommandText = "INSERT INTO corpus_actor_names (norm_name, type, kind, corpus_actor_id) VALUES " +
                              string.Join(", ", values) + " ON CONFLICT DO NOTHING";
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>The candidate actors of one document, indexed by (name variant, type, kind) and gazetteer id.</summary>
    private sealed class KnownActors
    {
        private readonly Dictionary<long, CorpusActor> _byId = [];
        private readonly Dictionary<(string Norm, string Type, string Kind), List<CorpusActor>> _byName = [];

        public CorpusActor Intern(CorpusActor actor) => _byId.TryGetValue(actor.Id, out var existing) ? existing : _byId[actor.Id] = actor;

        public void Add(CorpusActor actor) => _byId[actor.Id] = actor;

        /// <summary>Records a variant; true when it is new for this actor.</summary>
        public bool Register(NameVariant variant, string type, CorpusActor actor)
        {
            var key = (variant.Norm, type, variant.Kind);
            if (!_byName.TryGetValue(key, out var list)) _byName[key] = list = [];
            if (list.Any(a => a.Id == actor.Id)) return false;
            list.Add(actor);
            list.Sort((a, b) => a.Id.CompareTo(b.Id));
            return true;
        }

        public List<CorpusActor> Find(string norm, string type, string kind) =>
            _byName.TryGetValue((norm, type, kind), out var list) ? list : [];

        public IEnumerable<CorpusActor> ByGeonameId(string gid) =>
            _byId.Values.Where(a => a.GeonameId == gid).OrderBy(a => a.Id);
    }
}

/// <summary>Which corpus actor an entity was merged into, and by which rule.</summary>
internal readonly record struct ActorLink(long ActorId, string Rule);

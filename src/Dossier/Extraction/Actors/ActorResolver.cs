using System.Text;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Extraction.Actors;

/// <summary>
/// Pipeline component: finds mentions (<see cref="MentionFinder"/>), resolves them with deterministic sieves
/// (<see cref="CorefSieves"/>) and writes one <see cref="Actor"/> per real-world actor. A cluster becomes an
/// actor when it holds a name, or denotes a group or organisation ("demonstrators", "the police"), or when a
/// person description has a second mention ("a man … he"); lone pronouns and lone singular descriptions do
/// not. Ids are "e1", "e2", … in order of first mention; the name is the longest named mention, else the
/// first description without its determiner. Without a parse only names are resolved.
/// </summary>
public sealed class ActorResolver : IComponent
{
    private readonly ActorLexicon _lexicon;
    private readonly ActorDescriber? _describer;

    /// <param name="describer">Fills roles, ages, places and codes (reads tags and lemmas); null leaves attributes empty.</param>
    public ActorResolver(ActorLexicon lexicon, ActorDescriber? describer = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        _describer = describer;
        Info = new("actors",
            describer is null ? Layer.Tokens | Layer.Sentences | Layer.Entities
                : Layer.Tokens | Layer.Sentences | Layer.Tags | Layer.Lemmas | Layer.Entities,
            Layer.Actors);
    }

    public static ActorResolver Create(DossierHome home, ActorDescriber? describer = null) => new(ActorLexicon.Load(home), describer);

    public ComponentInfo Info { get; }

    /// <summary>The same resolver without the describer (to measure the describer's share of the time).</summary>
    public ActorResolver WithoutDescriber() => new(_lexicon);

    public void Process(Doc doc, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(doc);
        IReadOnlyList<Actor> actors = Resolve(doc);
        // The one place actors are finished: the describer adds roles, ages, places and codes.
        if (_describer is not null) actors = _describer.Describe(doc, actors);
        doc.SetActors(actors);
    }

    /// <summary>The document's actors, in order of first mention (does not write the layer).</summary>
    public IReadOnlyList<Actor> Resolve(Doc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var (mentions, sieves) = Cluster(doc);
        return Build(doc, mentions, sieves.Clusters);
    }

    /// <summary>
    /// Every cluster coreference built, before the actor filter: with the non-actor noun phrases and the
    /// pronoun-only chains (what <c>dossier eval coref</c> scores). Clusters are in first-mention order.
    /// </summary>
    public IReadOnlyList<Mention[]> Clusters(Doc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var (mentions, sieves) = Cluster(doc);
        var clusters = new List<Mention[]>();
        for (int i = 0; i < mentions.Count; i++)
        {
            if (sieves.Clusters.Find(i) != i) continue;
            clusters.Add([.. sieves.Clusters.Members(i).Select(k => mentions[k])
                .Select(m => new Mention(m.Start, m.End, doc.Start[m.Start], doc.End[m.End - 1], m.Kind, m.Rule, m.Head))]);
        }

        return clusters;
    }

    /// <summary>Finds the mentions, reads their roles and kinds, and runs every coreference sieve over them.</summary>
    private (List<CorefMention> Mentions, CorefSieves Sieves) Cluster(Doc doc)
    {
        var children = doc.Has(Layer.Heads) ? new ChildIndex(doc) : null;
        var mentions = MentionFinder.Find(doc, _lexicon, children);
        if (_describer is not null && children is not null && doc.Has(Layer.Tags))
        {
            MentionRoles.Read(doc, mentions, _describer);
            MentionKinds.Read(doc, mentions, _describer, children);
        }

        var sieves = new CorefSieves(doc, mentions, children, _describer is null ? null : _describer.Lexicon.OrganisationKey, _describer?.Places);
        sieves.RunAll();
        return (mentions, sieves);
    }

    private static List<Actor> Build(Doc doc, List<CorefMention> mentions, CorefClusters clusters)
    {
        var actors = new List<Actor>();
        for (int i = 0; i < mentions.Count; i++)
        {
            if (clusters.Find(i) != i || !Kept(mentions, clusters, i)) continue;
            var members = new List<Mention>();
            CorefMention? name = null, description = null;
            foreach (int k in clusters.Members(i))
            {
                var m = mentions[k];
                if (m.Blocker) continue;
                members.Add(new Mention(m.Start, m.End, doc.Start[m.Start], doc.End[m.End - 1], m.Kind, m.Rule, m.Head));
                if (m.Kind == MentionKind.Named && (name is null || m.End - m.Start > name.End - name.Start)) name = m;
                if (m.Kind == MentionKind.Nominal) description ??= m;
            }

            string text = name is not null ? doc.Text[doc.Start[name.Start]..doc.End[name.End - 1]] : Description(doc, description!);
            actors.Add(new Actor("", text, clusters.TypeOf(i), members, []));
        }

        // Roots are first mentions in (start, longest) order, so this order is first-mention order already.
        for (int a = 0; a < actors.Count; a++) actors[a] = actors[a] with { Id = $"e{a + 1}" };
        return actors;
    }

    private static bool Kept(List<CorefMention> mentions, CorefClusters clusters, int root)
    {
        var first = mentions[root];
        if (first.Blocker) return false;
        if (clusters.HasNamed(root)) return true;
        bool nominal = false;
        int count = 0;
        foreach (int k in clusters.Members(root))
        {
            if (mentions[k].Blocker) continue;
            count++;
            nominal |= mentions[k].Kind == MentionKind.Nominal;
        }

        string type = clusters.TypeOf(root);
        return nominal && (type is "GROUP" or "ORG" || count >= 2);
    }

    /// <summary>A description's text without a leading determiner: "the demonstrators" → "demonstrators".</summary>
    private static string Description(Doc doc, CorefMention m)
    {
        int start = m.Start;
        while (start < m.Head && doc.Has(Layer.Tags) && doc.Pos[start] is Upos.DET or Upos.PUNCT) start++;
        var sb = new StringBuilder();
        sb.Append(doc.Text, doc.Start[start], doc.End[m.End - 1] - doc.Start[start]);
        return sb.ToString();
    }
}

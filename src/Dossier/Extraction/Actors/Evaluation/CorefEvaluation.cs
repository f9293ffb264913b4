using Dossier.Nlp.Corpora;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Extraction.Actors.Evaluation;

/// <summary>What to score: gold singletons in or out, and which GUM entity types count (empty: all).</summary>
public sealed record CorefEvalOptions(bool Singletons, IReadOnlySet<string> Types, TextWriter? Errors = null);

/// <summary>
/// Scores the actor layer against GUM coreference with gold tokenisation: each GUM document becomes one Doc
/// (the treebank's words, sentences and paragraphs), the model pipeline runs on it (or the gold tags,
/// lemmas and tree are used), and the resolver's clusters (<see cref="ActorResolver.Clusters"/>) are compared with the gold mentions by head token. Without singletons, gold entities with one mention and
/// system actors with one mention are both left out (the CoNLL-2012 convention); with a type filter, only
/// gold entities of those types are kept and system mentions whose head is a gold mention of another type
/// are left out (they are outside the scored task, neither right nor wrong).
/// </summary>
public static class CorefEvaluation
{
    /// <param name="components">The pipeline up to named entities (tokens and sentences come from the treebank).</param>
    /// <param name="scopes">Ways to score the same output (singletons, types); one result each, in order.</param>
    /// <param name="goldParse">Use the treebank's tags, lemmas and tree instead of running the models for them.</param>
    public static IReadOnlyList<CorefScores> Run(IReadOnlyList<ConlluSentence> sentences, IReadOnlyList<IComponent> components,
        ActorResolver resolver, IReadOnlyList<CorefEvalOptions> scopes, bool goldParse = false)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(scopes);
        var scorers = scopes.Select(_ => new CorefScorer()).ToArray();
        var workspace = new Workspace();
        int number = 0;
        foreach (var batch in Documents(sentences))
        {
            var doc = goldParse ? ConlluDocBuilder.Build(batch, $"gum#{number++}") : ConlluDocs.Build(batch, $"gum#{number++}", paragraphs: true);
            foreach (var component in components)
            {
                if ((doc.Layers & component.Info.Writes) == 0 && (component.Info.Writes & (Layer.Tokens | Layer.Sentences)) == 0)
                    component.Process(doc, workspace);
            }

            var clusters = resolver.Clusters(doc);
            var gold = GumCorefReader.Read(batch);
            for (int i = 0; i < scopes.Count; i++) Score(doc, clusters, gold, scopes[i], scorers[i]);
        }

        return [.. scorers.Select(s => s.Result())];
    }

    private static IEnumerable<List<ConlluSentence>> Documents(IReadOnlyList<ConlluSentence> sentences)
    {
        var batch = new List<ConlluSentence>();
        foreach (var s in sentences)
        {
            if (s.StartsDocument && batch.Count > 0) { yield return batch; batch = []; }
            batch.Add(s);
        }

        if (batch.Count > 0) yield return batch;
    }

    private static void Score(Doc doc, IReadOnlyList<Mention[]> clusters, List<GoldMention> gold, CorefEvalOptions options, CorefScorer scorer)
    {
        // One gold mention per head: the shortest span wins when mentions nest on the same head.
        var byHead = new Dictionary<int, GoldMention>();
        foreach (var g in gold)
        {
            if (!byHead.TryGetValue(g.Head, out var other) || g.End - g.Start < other.End - other.Start) byHead[g.Head] = g;
        }

        var entities = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        var outOfScope = new HashSet<int>();
        var entityType = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in gold) entityType.TryAdd(g.Entity, g.EntityType);
        foreach (var (head, g) in byHead)
        {
            if (options.Types.Count > 0 && !options.Types.Contains(entityType[g.Entity])) { outOfScope.Add(head); continue; }
            if (!entities.TryGetValue(g.Entity, out var list)) entities[g.Entity] = list = [];
            list.Add(head);
        }

        var key = entities.Values.Where(c => options.Singletons || c.Count > 1).Select(c => c.Order().ToArray()).ToList();
        var response = new List<int[]>();
        foreach (var cluster in clusters)
        {
            var heads = cluster.Select(m => m.Head).Where(h => !outOfScope.Contains(h)).Distinct().Order().ToArray();
            if (heads.Length > 0 && (options.Singletons || heads.Length > 1)) response.Add(heads);
            CountNamedLinks(doc, cluster, byHead, outOfScope, scorer, options.Errors);
            CountRuleLinks(cluster, byHead, outOfScope, scorer);
        }

        scorer.Add(key, response);
    }

    /// <summary>
    /// Each non-named mention that a sieve linked: right when an earlier member of its cluster is a gold mention
    /// of the same entity, wrong when earlier members are gold mentions of other entities only.
    /// </summary>
    private static void CountRuleLinks(Mention[] cluster, Dictionary<int, GoldMention> byHead, HashSet<int> outOfScope, CorefScorer scorer)
    {
        var ordered = cluster.OrderBy(m => m.Start).ThenByDescending(m => m.End).ToArray();
        for (int i = 1; i < ordered.Length; i++)
        {
            var m = ordered[i];
            if (m.Kind == MentionKind.Named || !m.Rule.StartsWith("coref:", StringComparison.Ordinal)) continue;
            if (!byHead.TryGetValue(m.Head, out var gold) || outOfScope.Contains(m.Head)) continue;
            bool any = false, right = false;
            for (int j = 0; j < i; j++)
            {
                if (!byHead.TryGetValue(ordered[j].Head, out var g) || outOfScope.Contains(ordered[j].Head)) continue;
                any = true;
                right |= g.Entity == gold.Entity;
            }

            if (any) scorer.AddRuleLink(m.Rule, right);
        }
    }

    /// <summary>Each pair of named mentions in one actor, both gold mentions, is a named link; correct when gold agrees.</summary>
    private static void CountNamedLinks(Doc doc, Mention[] cluster, Dictionary<int, GoldMention> byHead, HashSet<int> outOfScope, CorefScorer scorer, TextWriter? errors)
    {
        var named = cluster.Where(m => m.Kind == MentionKind.Named && byHead.ContainsKey(m.Head) && !outOfScope.Contains(m.Head)).ToList();
        for (int i = 0; i < named.Count; i++)
        {
            for (int j = i + 1; j < named.Count; j++)
            {
                bool correct = byHead[named[i].Head].Entity == byHead[named[j].Head].Entity;
                scorer.AddNamedLink(correct);
                if (!correct) errors?.WriteLine($"{doc.Info.Id}: '{doc.Text[named[i].Start..named[i].End]}' ~ '{doc.Text[named[j].Start..named[j].End]}' ({named[j].Rule})");
            }
        }
    }
}

using Dossier.Nlp.Corpora;
using Dossier.Nlp.Learning;
using Dossier.Nlp.Tagging;

namespace Dossier.Nlp.Lemmatization;

/// <summary>
/// Learns the lemmatizer from gold CoNLL-U: the most frequent lemma of every (form, XPOS) and (lowercase
/// form, XPOS) pair, and for each (XPOS, word ending) the edit most word types with that ending take.
/// Counting word types rather than tokens keeps frequent irregular verbs from shaping the rules.
/// </summary>
internal sealed class LemmatizerTrainer(LemmatizerTrainingOptions options)
{
    private readonly Dictionary<string, int> _lemmaIds = new(StringComparer.Ordinal);
    private readonly List<string> _lemmas = [];

    public LemmatizerModel Train(IReadOnlyList<ConlluSentence> train, ModelMetadata metadata)
    {
        var exact = new Dictionary<ulong, Dictionary<int, int>>();
        var lower = new Dictionary<ulong, Dictionary<int, int>>();
        var types = new SortedSet<(string Basis, string Xpos, string Lemma)>();
        foreach (var sentence in train)
        {
            foreach (var word in sentence.Words)
            {
                if (word.Lemma == "_" && word.Form != "_") continue;
                int lemma = LemmaId(word.Lemma);
                Count(exact, LemmatizerModel.ExactKey(word.Form, word.Xpos), lemma);
                var lowerForm = word.Form.ToLowerInvariant();
                Count(lower, LemmatizerModel.LowerKey(lowerForm, word.Xpos), lemma);
                if (!LemmatizerModel.IsProperNoun(TagSet.ParseUpos(word.Upos), word.Xpos))
                    types.Add((LemmatizerModel.KeepsCase(word.Form) ? word.Form : lowerForm, word.Xpos, word.Lemma));
            }
        }

        var (edits, rules) = LearnRules(types);
        var model = new LemmatizerModel([.. _lemmas], Best(exact), Best(lower), edits, rules, options.MaxSuffix, "{}");
        metadata.Add("lexicon", model.LexiconSize).Add("rules", model.RuleCount).Add("max_suffix", options.MaxSuffix);
        return model;
    }

    private (LemmaEdit[] Edits, TagDictionary Rules) LearnRules(SortedSet<(string Basis, string Xpos, string Lemma)> types)
    {
        var editIds = new Dictionary<LemmaEdit, int>();
        var edits = new List<LemmaEdit>();
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var (basis, xpos, lemma) in types)
        {
            var edit = LemmaEdit.Between(basis, lemma);
            if (!editIds.TryGetValue(edit, out int id))
            {
                id = edits.Count;
                editIds[edit] = id;
                edits.Add(edit);
            }

            var lowerBasis = basis.ToLowerInvariant();
            for (int k = 0; k <= Math.Min(options.MaxSuffix, lowerBasis.Length); k++)
                Count(counts, LemmatizerModel.RuleKey(lowerBasis.AsSpan(lowerBasis.Length - k), xpos), id);
        }

        var keys = new List<ulong>(counts.Keys);
        keys.Sort();
        var ruleKeys = new List<ulong>();
        var ruleEdits = new List<int>();
        foreach (var key in keys)
        {
            var (best, support) = Top(counts[key]);
            if (support < options.MinSupport) continue;
            ruleKeys.Add(key);
            ruleEdits.Add(best);
        }

        return ([.. edits], new TagDictionary([.. ruleKeys], [.. ruleEdits]));
    }

    private int LemmaId(string lemma)
    {
        if (_lemmaIds.TryGetValue(lemma, out int id)) return id;
        id = _lemmas.Count;
        _lemmaIds[lemma] = id;
        _lemmas.Add(lemma);
        return id;
    }

    private static void Count(Dictionary<ulong, Dictionary<int, int>> table, ulong key, int value)
    {
        if (!table.TryGetValue(key, out var counts))
        {
            counts = [];
            table[key] = counts;
        }

        counts[value] = counts.GetValueOrDefault(value) + 1;
    }

    /// <summary>The most frequent value; ties go to the lower id, so the result does not depend on hash order.</summary>
    private static (int Value, int Count) Top(Dictionary<int, int> counts)
    {
        int best = -1, most = 0;
        foreach (var (value, n) in counts)
        {
            if (n > most || (n == most && value < best)) (best, most) = (value, n);
        }

        return (best, most);
    }

    private static TagDictionary Best(Dictionary<ulong, Dictionary<int, int>> table)
    {
        var keys = new List<ulong>(table.Keys);
        keys.Sort();
        var values = new int[keys.Count];
        for (int i = 0; i < keys.Count; i++) values[i] = Top(table[keys[i]]).Value;
        return new TagDictionary([.. keys], values);
    }
}

using System.Collections.Frozen;
using Dossier.Nlp.Learning;
using Dossier.Text;

namespace Dossier.Nlp.Lemmatization;

/// <summary>
/// Lemmas from a lexicon of (form, XPOS) pairs seen in training, then from suffix rules learned per XPOS
/// for unseen words; unseen proper nouns keep their form. Immutable and thread-safe. Known lemma strings
/// are shared instances, so most tokens get their lemma without a new string.
/// </summary>
internal sealed class LemmatizerModel
{
    public const string Kind = "lemmatizer";

    private const int ExactTemplate = 1;
    private const int LowerTemplate = 2;
    private const int RuleTemplate = 3;

    private readonly string[] _lemmas;
    private readonly TagDictionary _exact;
    private readonly TagDictionary _lower;
    private readonly LemmaEdit[] _edits;
    private readonly TagDictionary _rules;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _known;

    public LemmatizerModel(string[] lemmas, TagDictionary exact, TagDictionary lower, LemmaEdit[] edits, TagDictionary rules, int maxSuffix, string metadata)
    {
        _lemmas = lemmas;
        _exact = exact;
        _lower = lower;
        _edits = edits;
        _rules = rules;
        MaxSuffix = maxSuffix;
        Metadata = metadata;
        _known = lemmas.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int MaxSuffix { get; }

    /// <summary>The same model carrying other metadata (set once the dev scores are known).</summary>
    public LemmatizerModel WithMetadata(string metadata) => new(_lemmas, _exact, _lower, _edits, _rules, MaxSuffix, metadata);

    public string Metadata { get; }

    public int LexiconSize => _exact.Count + _lower.Count;

    public int RuleCount => _rules.Count;

    public static ulong ExactKey(ReadOnlySpan<char> form, ReadOnlySpan<char> xpos) =>
        FeatureHash.Of(ExactTemplate, FeatureHash.Text(form), FeatureHash.Text(xpos));

    public static ulong LowerKey(ReadOnlySpan<char> lower, ReadOnlySpan<char> xpos) =>
        FeatureHash.Of(LowerTemplate, FeatureHash.Text(lower), FeatureHash.Text(xpos));

    public static ulong RuleKey(ReadOnlySpan<char> suffix, ReadOnlySpan<char> xpos) =>
        FeatureHash.Of(RuleTemplate, FeatureHash.Text(suffix), FeatureHash.Text(xpos));

    /// <summary>Proper nouns keep their form: their lemma is the name as written.</summary>
    public static bool IsProperNoun(Upos upos, string xpos) =>
        upos == Upos.PROPN || xpos is "NNP" or "NNPS";

    /// <summary>
    /// Forms written in capitals throughout (acronyms such as "CEO") keep their case; any other form is
    /// lowercased before its rule is applied, as UD writes lemmas of common words in lowercase.
    /// </summary>
    public static bool KeepsCase(ReadOnlySpan<char> form)
    {
        int letters = 0;
        foreach (char c in form)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }

        return letters > 1;
    }

    public string Lemmatize(ReadOnlySpan<char> form, Upos upos, string xpos, LemmatizerScratch scratch)
    {
        int known = _exact.Find(ExactKey(form, xpos));
        if (known >= 0) return _lemmas[known];
        if (form.IsEmpty) return string.Empty;

        scratch.Ensure(form.Length);
        var lower = scratch.Lower.AsSpan(0, form.Length);
        form.ToLowerInvariant(lower);
        known = _lower.Find(LowerKey(lower, xpos));
        if (IsProperNoun(upos, xpos))
        {
            // A name written in lowercase takes the spelling training saw it with ("mexico" → "Mexico").
            return known >= 0 && form.SequenceEqual(lower) ? _lemmas[known] : Intern(form);
        }

        if (known >= 0) return _lemmas[known];
        return ByRules(KeepsCase(form) ? form : lower, lower, xpos, scratch.Lemma);
    }

    /// <summary>
    /// Applies the rule of the longest known ending; but when a shorter ending's rule gives a known lemma
    /// and the longest one's does not ("bombed": "bom" vs "bomb"), the known lemma wins.
    /// </summary>
    private string ByRules(ReadOnlySpan<char> basis, ReadOnlySpan<char> lower, string xpos, Span<char> output)
    {
        int firstLength = -1;
        for (int k = Math.Min(MaxSuffix, lower.Length); k >= 0; k--)
        {
            int rule = _rules.Find(RuleKey(lower[^k..], xpos));
            if (rule < 0) continue;
            var candidate = output[Math.Max(firstLength, 0)..];
            if (!_edits[rule].TryApply(basis, candidate, out int length)) continue;
            if (_known.TryGetValue(candidate[..length], out var shared)) return shared;
            if (firstLength < 0)
            {
                firstLength = length;
            }
        }

        return firstLength < 0 ? Intern(basis) : output[..firstLength].ToString();
    }

    private string Intern(ReadOnlySpan<char> lemma) => _known.TryGetValue(lemma, out var shared) ? shared : lemma.ToString();

    public void Write(string path) => ModelFile.Write(path, Kind, Metadata, w =>
    {
        w.Write(MaxSuffix);
        w.Write(_lemmas.Length);
        foreach (var lemma in _lemmas) w.Write(lemma);
        _exact.Write(w);
        _lower.Write(w);
        w.Write(_edits.Length);
        foreach (var edit in _edits)
        {
            w.Write(edit.Strip);
            w.Write(edit.Append);
        }

        _rules.Write(w);
    });

    public static LemmatizerModel Load(string path)
    {
        var (metadata, model) = ModelFile.Read(path, Kind, r =>
        {
            int maxSuffix = r.ReadInt32();
            var lemmas = new string[Count(r)];
            for (int i = 0; i < lemmas.Length; i++) lemmas[i] = r.ReadString();
            var exact = TagDictionary.Read(r);
            var lower = TagDictionary.Read(r);
            var edits = new LemmaEdit[Count(r)];
            for (int i = 0; i < edits.Length; i++) edits[i] = new LemmaEdit(r.ReadInt32(), r.ReadString());
            var rules = TagDictionary.Read(r);
            return (maxSuffix, lemmas, exact, lower, edits, rules);
        });
        return new LemmatizerModel(model.lemmas, model.exact, model.lower, model.edits, model.rules, model.maxSuffix, metadata);
    }

    private static int Count(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count < 0 || count > 10_000_000) throw new InvalidDataException($"DMD030 implausible lemmatizer table size {count}");
        return count;
    }
}

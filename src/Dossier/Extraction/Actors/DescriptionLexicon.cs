using System.Collections.Frozen;
using Dossier.Lexicons;

namespace Dossier.Extraction.Actors;

/// <summary>
/// descriptions.tsv: which descriptions name an organisation or a country by what it is ("the intelligence
/// service", "the army", "the former Soviet republic"), which organisations are of that kind (by name words or
/// sector code), and which qualifiers fit which countries ("central asian", "island") or fit any ("whole").
/// Immutable and thread-safe; errors DAC009 name file:line.
/// </summary>
public sealed class DescriptionLexicon
{
    public const string File = "descriptions.tsv";

    /// <summary>The class of descriptions that name a country; "country:official" also needs the noun in the official name.</summary>
    public const string Country = "country";
    public const string CountryOfficial = "country:official";

    private readonly FrozenDictionary<string, string> _nouns;
    private readonly FrozenSet<string> _heads;
    private readonly FrozenDictionary<string, string> _codes;
    private readonly (string[] Words, string Class)[] _names;
    private readonly FrozenDictionary<string, FrozenSet<string>> _regions;
    private readonly FrozenSet<string> _neutral;

    private DescriptionLexicon(Dictionary<string, string> nouns, Dictionary<string, string> codes, List<(string[], string)> names,
        Dictionary<string, FrozenSet<string>> regions, HashSet<string> neutral)
    {
        _nouns = nouns.ToFrozenDictionary(StringComparer.Ordinal);
        _heads = nouns.Keys.Select(k => k[(k.LastIndexOf(' ') + 1)..]).ToFrozenSet(StringComparer.Ordinal);
        _codes = codes.ToFrozenDictionary(StringComparer.Ordinal);
        _names = [.. names];
        _regions = regions.ToFrozenDictionary(StringComparer.Ordinal);
        _neutral = neutral.ToFrozenSet(StringComparer.Ordinal);
        MaxRegionWords = 1;
        foreach (var key in regions.Keys) MaxRegionWords = Math.Max(MaxRegionWords, key.Split(' ').Length);
    }

    /// <summary>The most words in a region qualifier ("horn of africa"): the longest phrase worth probing.</summary>
    public int MaxRegionWords { get; }

    /// <summary>Whether a noun lemma ends some description noun ("service" of "intelligence service"): nothing else is worth reading.</summary>
    public bool IsHead(string lemma) => _heads.Contains(lemma);

    /// <summary>The class of a description's noun ("intelligence service" → spy, "country" → country), or null.</summary>
    public string? NounClass(string phrase) => _nouns.GetValueOrDefault(phrase);

    /// <summary>The class a sector code gives an organisation ("SPY" → spy), or null.</summary>
    public string? CodeClass(string sector) => _codes.GetValueOrDefault(sector);

    /// <summary>The ISO-2 codes a region qualifier fits ("baltic" → EE, LV, LT), or null when it is no region.</summary>
    public FrozenSet<string>? Region(string phrase) => _regions.GetValueOrDefault(phrase);

    /// <summary>A qualifier that fits any actor ("whole", "small").</summary>
    public bool IsNeutral(string word) => _neutral.Contains(word);

    /// <summary>
    /// The classes an organisation's name words give it, in file order, distinct: a listed phrase that ends the name or
    /// comes right before its "of" ("egyptian army", "armed forces of ukraine" → mil; not "army war college", nor after
    /// an "of": "ministry of the armed forces" is a ministry).
    /// </summary>
    public string[] NameClasses(ReadOnlySpan<string> words)
    {
        List<string>? classes = null;
        foreach (var (phrase, cls) in _names)
        {
            if ((classes is null || !classes.Contains(cls)) && Ends(words, phrase)) (classes ??= []).Add(cls);
        }

        return classes is null ? [] : [.. classes];
    }

    private static bool Ends(ReadOnlySpan<string> words, string[] phrase)
    {
        for (int i = 0; i + phrase.Length <= words.Length; i++)
        {
            // "Ministry of the Armed Forces", "Supreme Council of the Armed Forces": the head is before the "of".
            if (i > 0 && words[i - 1] == "of") break;
            int k = 0;
            while (k < phrase.Length && words[i + k] == phrase[k]) k++;
            int next = i + phrase.Length;
            if (k == phrase.Length && (next == words.Length || words[next] == "of")) return true;
        }

        return false;
    }

    public static DescriptionLexicon Load(string folder)
    {
        var path = Path.Combine(folder, File);
        var rows = TsvLexicon.Read(path, 3);
        TsvLexicon.Check(path, rows, Problem);
        var nouns = new Dictionary<string, string>(StringComparer.Ordinal);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new List<(string[], string)>();
        var regions = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        var neutral = new HashSet<string>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var r in rows)
        {
            string phrase = r.Fields[1], value = r.Fields[2];
            bool fresh = r.Fields[0] switch
            {
                "noun" => nouns.TryAdd(phrase, value),
                "code" => codes.TryAdd(phrase, value),
                "name" => AddName(names, phrase, value),
                "region" => regions.TryAdd(phrase, value.Split('|').ToFrozenSet(StringComparer.Ordinal)),
                _ => neutral.Add(phrase),
            };
            if (!fresh) errors.Add($"{path}:{r.Line}: DAC009 {r.Fields[0]} '{phrase}' is listed twice");
        }

        if (errors.Count > 0) throw new InvalidDataException(string.Join(Environment.NewLine, errors));
        return new DescriptionLexicon(nouns, codes, names, regions, neutral);
    }

    private static bool AddName(List<(string[] Words, string Class)> names, string phrase, string cls)
    {
        var words = phrase.Split(' ');
        foreach (var n in names)
        {
            if (n.Class == cls && n.Words.AsSpan().SequenceEqual(words)) return false;
        }

        names.Add((words, cls));
        return true;
    }

    /// <summary>The DAC009 message for a malformed row, or null.</summary>
    private static string? Problem(TsvLexicon.Row r)
    {
        string kind = r.Fields[0], phrase = r.Fields[1], value = r.Fields[2];
        if (!phrase.Equals(phrase.ToLowerInvariant(), StringComparison.Ordinal) && kind != "code")
            return $"DAC009 the phrase '{phrase}' must be lower case";
        return kind switch
        {
            "noun" or "name" => value.Length > 0 && value.Equals(value.ToLowerInvariant(), StringComparison.Ordinal)
                ? null : $"DAC009 the class '{value}' must be lower case",
            "code" => phrase.Length == 3 && phrase.All(char.IsAsciiLetterUpper) && value.Length > 0 ? null : $"DAC009 '{phrase}' is not a three-letter sector code",
            "region" => value.Split('|').All(c => c.Length == 2 && c.All(char.IsAsciiLetterUpper)) ? null : $"DAC009 '{value}' is not a '|'-separated list of ISO-2 codes",
            "neutral" => value == "-" ? null : "DAC009 a neutral qualifier's value is '-'",
            _ => $"DAC009 unknown kind '{kind}' (noun, code, name, region, neutral)",
        };
    }
}

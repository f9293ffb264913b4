using System.Collections.Frozen;
using System.Text.Json;
using Dossier.Pipeline;
using Dossier.Text;
using Dossier.Text.Tokenization;

namespace Dossier.Extraction.Events;

/// <summary>
/// The event lexicon: every rule file lexicon/events/*.jsonl (files in ordinal name order; earlier files win
/// over later ones for the same trigger), the PLOVER table and the modality cues, validated at load and
/// compiled into lemma → rules lookups. Every problem is reported as "file:line: DLXnnn message".
/// </summary>
internal sealed class EventLexicon
{
    public const string Format = "dossier-events";
    public const int Version = 1;

    private static readonly HashSet<string> s_fields = new(StringComparer.Ordinal)
    {
        "id", "lemma", "pos", "type", "mode", "cameo", "particle", "object", "complement", "requires", "object_modifier",
        "source", "target", "between", "bare", "note", "modifier", "needs",
    };

    private static readonly HashSet<string> s_effects = new(StringComparer.Ordinal)
    {
        "negated", "planned", "hypothetical", "conditional", "reported", "alleged", "denied",
    };

    private EventLexicon(PloverTable plover, FrozenDictionary<string, EventRule[]> verbs,
        FrozenDictionary<string, EventRule[]> nouns, FrozenDictionary<string, ModalityCue> childCues,
        FrozenDictionary<string, ModalityCue> governorCues, FrozenDictionary<string, string> actorNouns, int ruleCount,
        FrozenSet<string> nounModifiers, FrozenSet<string> lightVerbs, FrozenSet<string> mishaps)
    {
        ActorNouns = actorNouns;
        Mishaps = mishaps;
        NounModifiers = nounModifiers;
        LightVerbs = lightVerbs;
        Plover = plover;
        Verbs = verbs;
        Nouns = nouns;
        ChildCues = childCues;
        GovernorCues = governorCues;
        RuleCount = ruleCount;
    }

    public PloverTable Plover { get; }

    public FrozenDictionary<string, EventRule[]> Verbs { get; }

    public FrozenDictionary<string, EventRule[]> Nouns { get; }

    public FrozenDictionary<string, ModalityCue> ChildCues { get; }

    public FrozenDictionary<string, ModalityCue> GovernorCues { get; }

    /// <summary>Lemma → class (pronoun, person, group, institution, force, quantity) of nouns that name actors.</summary>
    public FrozenDictionary<string, string> ActorNouns { get; }

    public int RuleCount { get; }

    /// <summary>Verbs whose object noun is their subject's act ("launched an attack", "gave an order"), not an act they react to.</summary>
    public FrozenSet<string> LightVerbs { get; }

    /// <summary>Accidents and natural disasters ("earthquake", "crash", "stampede"), any case ("Tropical Storm"): violence they cause is no political event.</summary>
    public FrozenSet<string> Mishaps { get; }

    /// <summary>Words the rules name as noun modifiers ("warning" in "warning shots"), case-insensitive.</summary>
    public FrozenSet<string> NounModifiers { get; }

    /// <summary>True when the word (any case) is a noun modifier of some rule; no allocation.</summary>
    public bool IsNounModifier(ReadOnlySpan<char> word) => NounModifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The governor cue of a word: its lemma with its particle first ("rule out"), else the lemma alone ("deny").</summary>
    public bool TryGovernorCue(Doc doc, int token, out ModalityCue cue)
    {
        int end = doc.SentEnd[doc.SentenceOf(token)];
        for (int c = token + 1; c < end && c <= token + 3; c++)
        {
            if (doc.Head[c] == token && doc.Deprel[c] == "compound:prt"
                && GovernorCues.TryGetValue(doc.Lemma[token] + " " + doc.Lemma[c], out cue!)) return true;
        }

        return GovernorCues.TryGetValue(doc.Lemma[token], out cue!);
    }

    public static EventLexicon Load(DossierHome home)
    {
        ArgumentNullException.ThrowIfNull(home);
        return Load(home.LexiconPath("events"));
    }

    public static EventLexicon Load(string folder)
    {
        var plover = PloverTable.Load(Path.Combine(folder, "plover.tsv"));
        var (childCues, governorCues) = LoadCues(Path.Combine(folder, "cues.tsv"));
        var actorNouns = LoadActorNouns(Path.Combine(folder, "actor-nouns.tsv"));
        var lightVerbs = LoadWords(Path.Combine(folder, "light-verbs.tsv"), "light verb", "DLX326", "DLX327", StringComparer.Ordinal);
        var mishaps = LoadWords(Path.Combine(folder, "mishaps.tsv"), "mishap", "DLX328", "DLX329", StringComparer.OrdinalIgnoreCase);
        var files = Directory.GetFiles(folder, "*.jsonl");
        Array.Sort(files, StringComparer.Ordinal);
        var errors = new List<string>();
        var rules = new List<EventRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int f = 0; f < files.Length; f++) ReadRules(files[f], f, plover, ids, rules, errors);
        TsvLexiconFile.ThrowIfAny(errors);
        return new EventLexicon(plover, Compile(rules, noun: false), Compile(rules, noun: true),
            childCues, governorCues, actorNouns, rules.Count, NounModifiersOf(rules), lightVerbs, mishaps);
    }

    /// <summary>Reads one rule file, appending rules and errors.</summary>
    internal static void ReadRules(string path, int priority, PloverTable plover, HashSet<string> ids,
        List<EventRule> rules, List<string> errors)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || !IsHeader(lines[0]))
            errors.Add(TsvLexiconFile.Error(path, 1, "DLX310", $"first line must be {{\"format\": \"{Format}\", \"version\": {Version}}}"));
        for (int i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line[0] == '#') continue;
            var error = ParseRule(line, priority, plover, out var rule);
            if (error is not null)
            {
                errors.Add(TsvLexiconFile.Error(path, i + 1, error.Value.Code, error.Value.Message));
                continue;
            }

            if (!ids.Add(rule!.Id))
            {
                errors.Add(TsvLexiconFile.Error(path, i + 1, "DLX313", $"duplicate rule id '{rule.Id}'"));
                continue;
            }

            rules.Add(rule);
        }
    }

    private static bool IsHeader(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String && f.GetString() == Format
                && root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.GetInt32() == Version;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static (string Code, string Message)? ParseRule(string line, int priority, PloverTable plover, out EventRule? rule)
    {
        rule = null;
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return ("DLX311", $"not valid JSON: {e.Message}");
        }

        using (json)
        {
            var o = json.RootElement;
            if (o.ValueKind != JsonValueKind.Object) return ("DLX311", "a rule must be a JSON object");
            foreach (var p in o.EnumerateObject())
            {
                if (!s_fields.Contains(p.Name)) return ("DLX317", $"unknown field '{p.Name}'");
            }

            string? id = Text(o, "id"), lemma = Text(o, "lemma"), pos = Text(o, "pos"), type = Text(o, "type"), mode = Text(o, "mode");
            if (id is null || lemma is null || pos is null || type is null || mode is null)
                return ("DLX312", "fields id, lemma, pos, type and mode are required strings");
            if (!IsWord(lemma)) return ("DLX319", $"lemma '{lemma}' must be one lower-case word");
            if (pos != "verb" && pos != "noun") return ("DLX315", $"pos must be 'verb' or 'noun', not '{pos}'");
            if (!plover.TryGet(type, mode, out var ploverMode)) return ("DLX314", $"type/mode {type}/{mode} is not in plover.tsv");
            string cameo = Text(o, "cameo") ?? ploverMode.Cameo;
            if (!PloverTable.IsCameoCode(cameo)) return ("DLX316", $"cameo '{cameo}' must be 2-4 digits");
            string? particle = Text(o, "particle");
            if (particle is not null && !IsWord(particle)) return ("DLX319", $"particle '{particle}' must be one lower-case word");
            if (!Words(o, "object", out var objects) || !Words(o, "complement", out var complements) || !Words(o, "modifier", out var modifiers)
                || !Words(o, "object_modifier", out var objectModifiers))
                return ("DLX319", "object, complement, modifier and object_modifier must be arrays of lower-case words");
            if (!Words(o, "needs", out var needs) || needs.Any(n => n is not ("source" or "target")))
                return ("DLX318", "needs must be an array of \"source\" and/or \"target\"");
            if (!Roles(o, "requires", [], out var requires) || !Roles(o, "source", DefaultSources(pos == "noun"), out var sources)
                || !Roles(o, "target", DefaultTargets(pos == "noun"), out var targets))
                return ("DLX318", "requires, source and target must be arrays of roles like \"nsubj\", \"obj\", \"obl:with\"");
            EventRole? between = null;
            if (o.TryGetProperty("between", out var b))
            {
                if (b.ValueKind != JsonValueKind.String || !IsRole(b.GetString()!)) return ("DLX318", "between must be a role");
                between = EventRole.Parse(b.GetString()!);
            }

            bool bare = o.TryGetProperty("bare", out var bareValue) && bareValue.ValueKind == JsonValueKind.True;
            rule = new EventRule(id, lemma, pos == "noun", ploverMode, cameo, particle, objects, complements, requires,
                sources, targets, between, bare, priority, modifiers, needs.Contains("source"), needs.Contains("target"), objectModifiers);
            return null;
        }
    }

    private static EventRole[] DefaultSources(bool noun) =>
        noun ? [new("nmod", "by"), new("nmod:poss", null)] : [new("nsubj", null)];

    private static EventRole[] DefaultTargets(bool noun) =>
        noun ? [new("nmod", "of"), new("nmod", "against")] : [new("obj", null)];

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool Words(JsonElement o, string name, out string[] words)
    {
        words = [];
        if (!o.TryGetProperty(name, out var v)) return true;
        if (v.ValueKind != JsonValueKind.Array) return false;
        var list = new List<string>();
        foreach (var item in v.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || !IsWord(item.GetString()!)) return false;
            list.Add(item.GetString()!);
        }

        words = [.. list];
        return true;
    }

    private static bool Roles(JsonElement o, string name, EventRole[] fallback, out EventRole[] roles)
    {
        roles = fallback;
        if (!o.TryGetProperty(name, out var v)) return true;
        if (v.ValueKind != JsonValueKind.Array) return false;
        var list = new List<EventRole>();
        foreach (var item in v.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || !IsRole(item.GetString()!)) return false;
            list.Add(EventRole.Parse(item.GetString()!));
        }

        roles = [.. list];
        return true;
    }

    private static bool IsRole(string text)
    {
        if (text.Length == 0) return false;
        foreach (char c in text)
        {
            if (!(c is (>= 'a' and <= 'z') or ':' or '_')) return false;
        }

        return text[0] != ':' && text[^1] != ':';
    }

    private static bool IsWord(string text)
    {
        if (text.Length == 0) return false;
        foreach (char c in text)
        {
            if (!(c is (>= 'a' and <= 'z') or '-' or '\'')) return false;
        }

        return true;
    }

    private static FrozenSet<string> NounModifiersOf(List<EventRule> rules)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules)
        {
            if (rule.ObjectModifiers is { } objectModifiers) words.UnionWith(objectModifiers);
            if (rule.Modifiers is { } modifiers) words.UnionWith(modifiers);
        }

        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, EventRule[]> Compile(List<EventRule> rules, bool noun)
    {
        var byLemma = new Dictionary<string, List<EventRule>>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (rule.Noun != noun) continue;
            if (!byLemma.TryGetValue(rule.Lemma, out var list)) byLemma[rule.Lemma] = list = [];
            list.Add(rule);
        }

        // Earlier files first, then constrained rules before bare ones; file order breaks ties (stable sort).
        return byLemma.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderBy(r => r.Priority).ThenByDescending(r => r.Specificity).ToArray(),
            StringComparer.Ordinal);
    }

    private static (FrozenDictionary<string, ModalityCue> Child, FrozenDictionary<string, ModalityCue> Governor) LoadCues(string path)
    {
        var child = new Dictionary<string, ModalityCue>(StringComparer.Ordinal);
        var governor = new Dictionary<string, ModalityCue>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var row in TsvLexiconFile.Read(path, 3, 3))
        {
            var c = row.Columns;
            if (c[1] != "child" && c[1] != "governor")
                errors.Add(TsvLexiconFile.Error(path, row.Line, "DLX320", $"position must be 'child' or 'governor', not '{c[1]}'"));
            else if (!s_effects.Contains(c[2]))
                errors.Add(TsvLexiconFile.Error(path, row.Line, "DLX321", $"unknown effect '{c[2]}'"));
            else if (!(c[1] == "child" ? child : governor).TryAdd(c[0], new ModalityCue(c[0], c[1] == "governor", c[2])))
                errors.Add(TsvLexiconFile.Error(path, row.Line, "DLX322", $"duplicate cue '{c[0]}' ({c[1]})"));
        }

        TsvLexiconFile.ThrowIfAny(errors);
        return (child.ToFrozenDictionary(StringComparer.Ordinal), governor.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static readonly HashSet<string> s_actorClasses = new(StringComparer.Ordinal)
    {
        "pronoun", "person", "group", "institution", "force", "quantity",
    };

    /// <summary>A one-column list of lower-case lemmas (light verbs, mishaps); <paramref name="what"/> names an entry in errors.</summary>
    private static FrozenSet<string> LoadWords(string path, string what, string badCode, string duplicateCode, StringComparer comparer)
    {
        var words = new HashSet<string>(comparer);
        var errors = new List<string>();
        foreach (var row in TsvLexiconFile.Read(path, 1, 1))
        {
            var lemma = row.Columns[0];
            if (!IsWord(lemma))
                errors.Add(TsvLexiconFile.Error(path, row.Line, badCode, $"{what} must be a lower-case lemma, not '{lemma}'"));
            else if (!words.Add(lemma))
                errors.Add(TsvLexiconFile.Error(path, row.Line, duplicateCode, $"duplicate {what} '{lemma}'"));
        }

        TsvLexiconFile.ThrowIfAny(errors);
        return words.ToFrozenSet(comparer);
    }

    private static FrozenDictionary<string, string> LoadActorNouns(string path)
    {
        var nouns = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var row in TsvLexiconFile.Read(path, 2, 2))
        {
            var c = row.Columns;
            if (!s_actorClasses.Contains(c[1]))
                errors.Add(TsvLexiconFile.Error(path, row.Line, "DLX323", $"unknown actor class '{c[1]}'"));
            else if (!IsWord(c[0]))
                errors.Add(TsvLexiconFile.Error(path, row.Line, "DLX324", $"actor noun must be a lower-case lemma, not '{c[0]}'"));
            else if (!nouns.TryAdd(c[0], c[1]))
                errors.Add(TsvLexiconFile.Error(path, row.Line, "DLX325", $"duplicate actor noun '{c[0]}'"));
        }

        TsvLexiconFile.ThrowIfAny(errors);
        // Looked up by lemma as the tagger wrote it ("Police" at a sentence start), so case-insensitive.
        return nouns.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}

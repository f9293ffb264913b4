using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Dossier.Lexicons;

namespace Dossier.Extraction.Actors;

/// <summary>
/// The data under lexicon/actors/ (docs/actor-attributes.md): role, status, title and relation words
/// (roles.tsv), organisations with codes (organisations.tsv), agent nouns (agents.tsv over
/// phoenix-agents.tsv) and named actors with dated codes (people.tsv over phoenix-actors.tsv). All keys
/// are lower-case phrases with words separated by single spaces. Immutable and thread-safe.
/// </summary>
public sealed class ActorCodeLexicon
{
    public const string RolesFile = "roles.tsv";
    public const string OrganisationsFile = "organisations.tsv";
    public const string AgentsFile = "agents.tsv";
    public const string PeopleFile = "people.tsv";
    public const string RoleClassesFile = "role-classes.tsv";
    public const string OrganisationAliasesFile = "organisation-aliases.tsv";

    /// <summary>A word of roles.tsv: its kind (status, role, relation, title, pronoun, copula) and value.</summary>
    public sealed record Word(string Kind, string Value, string Rule);

    /// <summary>A code from organisations.tsv or an agents file; a leading '~' marks a sector needing a country.</summary>
    public sealed record Coded(string Code, string Rule);

    /// <summary>A named actor's dated codes (from people.tsv or phoenix-actors.tsv).</summary>
    public sealed record Named(string Name, string Codes, string Rule);

    private readonly FrozenDictionary<string, Word> _words;
    private readonly FrozenDictionary<string, Coded> _organisations;
    private readonly FrozenDictionary<string, Coded> _agents;
    // 34k names: a plain dictionary (read-only after load, so safe to share) builds several times faster than a frozen one.
    private readonly Dictionary<string, Named> _named;
    private readonly FrozenDictionary<string, string[]> _roleClasses;
    private readonly FrozenDictionary<string, string> _aliases;
    private readonly FrozenSet<string> _aliasTargets;
    private readonly FrozenDictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> _wordSpans;
    private readonly FrozenDictionary<string, Coded>.AlternateLookup<ReadOnlySpan<char>> _agentSpans;

    private ActorCodeLexicon(Dictionary<string, Word> words, Dictionary<string, Coded> organisations,
        Dictionary<string, Coded> agents, Dictionary<string, Named> named, Dictionary<string, string[]> roleClasses, Dictionary<string, string> aliases,
        DescriptionLexicon descriptions)
    {
        Descriptions = descriptions;
        _aliases = aliases.ToFrozenDictionary(StringComparer.Ordinal);
        _aliasTargets = aliases.Values.ToFrozenSet(StringComparer.Ordinal);
        _roleClasses = roleClasses.ToFrozenDictionary(StringComparer.Ordinal);
        _words = words.ToFrozenDictionary(StringComparer.Ordinal);
        _organisations = organisations.ToFrozenDictionary(StringComparer.Ordinal);
        _agents = agents.ToFrozenDictionary(StringComparer.Ordinal);
        _named = named;
        _wordSpans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _agentSpans = _agents.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxWords = 1;
        foreach (var key in words.Keys.Concat(organisations.Keys).Concat(agents.Keys))
        {
            MaxWords = Math.Max(MaxWords, key.Count(c => c == ' ') + 1);
        }
    }

    /// <summary>The most words in any role, organisation or agent phrase: the longest n-gram worth probing.</summary>
    public int MaxWords { get; }

    public int NamedCount => _named.Count;

    /// <summary>descriptions.tsv: organisation and country descriptions ("the intelligence service", "the island nation").</summary>
    public DescriptionLexicon Descriptions { get; }

    public int AgentCount => _agents.Count;

    public Word? FindWord(string phrase) => _words.GetValueOrDefault(phrase);

    public Word? FindWord(ReadOnlySpan<char> phrase) => _wordSpans.TryGetValue(phrase, out var w) ? w : null;

    public Coded? FindAgent(ReadOnlySpan<char> phrase) => _agentSpans.TryGetValue(phrase, out var a) ? a : null;

    public Coded? FindOrganisation(string name) => _organisations.GetValueOrDefault(name);

    public Coded? FindAgent(string phrase) => _agents.GetValueOrDefault(phrase);

    public Named? FindNamed(string name) => _named.GetValueOrDefault(name);

    /// <summary>
    /// The one name under which an organisation's names meet (lower case): organisation-aliases.tsv ("afp" →
    /// "agence france-presse", and that name itself), else a Phoenix entry's name when the name is one of its
    /// names and the entry codes an organisation (not a bare country); null otherwise. Curated says which.
    /// </summary>
    public (string Key, bool Curated)? OrganisationKey(string name)
    {
        if (_aliases.TryGetValue(name, out var canonical)) return (canonical, true);
        if (_aliasTargets.Contains(name)) return (name, true);
        if (_named.GetValueOrDefault(name) is not { } entry || DatedCode.ParseAll(entry.Codes) is not { } codes) return null;
        foreach (var c in codes)
        {
            if (c.Code.Length == 3 && c.Code is not ("IGO" or "NGO" or "MED" or "MNC")) return null;
        }

        return ("phoenix " + entry.Name, false);
    }

    /// <summary>The office classes of a role phrase (role-classes.tsv: "ruler" → head-of-state); a role not listed is its own class.</summary>
    public string[] RoleClasses(string role) => _roleClasses.TryGetValue(role, out var classes) ? classes : [role];

    public static ActorCodeLexicon Load(string folder)
    {
        var words = new Dictionary<string, Word>(StringComparer.Ordinal);
        var rolesPath = Path.Combine(folder, RolesFile);
        var rows = TsvLexicon.Read(rolesPath, 3);
        TsvLexicon.Check(rolesPath, rows, r => r.Fields[1] is "status" or "role" or "relation" or "title" or "pronoun" or "copula" or "generic"
            ? null : $"DAC001 unknown kind '{r.Fields[1]}' (status, role, relation, title, pronoun, copula, generic)");
        foreach (var r in rows) words.TryAdd(r.Fields[0], new Word(r.Fields[1], r.Fields[2], r.Where));

        var organisations = ReadCodes(Path.Combine(folder, OrganisationsFile));
        var agents = new Dictionary<string, Coded>(StringComparer.Ordinal);
        var phoenixAgents = Path.Combine(folder, PhoenixActorImporter.AgentsFile);
        if (File.Exists(phoenixAgents))
        {
            foreach (var (f, at) in Rows(phoenixAgents, PhoenixActorImporter.AgentsFormat, 3))
            {
                if (!IsCode(f[1])) throw new InvalidDataException($"DAC003 {at}: '{f[1]}' is not a CAMEO code (upper-case letters)");
                agents.TryAdd(f[0], new Coded("~" + f[1], "phoenix-agents " + f[2]));
            }
        }

        foreach (var (key, coded) in ReadCodes(Path.Combine(folder, AgentsFile)))
        {
            agents[key] = coded with { Code = coded.Code.StartsWith('~') ? coded.Code : "~" + coded.Code };
        }

        var named = new Dictionary<string, Named>(StringComparer.Ordinal);
        var phoenix = Path.Combine(folder, PhoenixActorImporter.ActorsFile);
        if (File.Exists(phoenix)) ReadNamed(phoenix, named, "phoenix-actors", overrides: false);
        ReadNamed(Path.Combine(folder, PeopleFile), named, "people.tsv", overrides: true);
        return new ActorCodeLexicon(words, organisations, agents, named, ReadRoleClasses(Path.Combine(folder, RoleClassesFile)),
            ReadAliases(Path.Combine(folder, OrganisationAliasesFile)), DescriptionLexicon.Load(folder));
    }

    private static Dictionary<string, string> ReadAliases(string path)
    {
        var rows = TsvLexicon.Read(path, 2);
        TsvLexicon.Check(path, rows, r => r.Fields[0].Equals(r.Fields[0].ToLowerInvariant(), StringComparison.Ordinal)
            && r.Fields[1].Equals(r.Fields[1].ToLowerInvariant(), StringComparison.Ordinal) && r.Fields[0] != r.Fields[1]
            ? null : "DAC008 alias and organisation must be two different lower-case names");
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            if (!aliases.TryAdd(r.Fields[0], r.Fields[1])) throw new InvalidDataException($"DAC008 {r.Where}: alias '{r.Fields[0]}' is listed twice");
        }

        return aliases;
    }

    private static Dictionary<string, string[]> ReadRoleClasses(string path)
    {
        var classes = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var rows = TsvLexicon.Read(path, 2);
        TsvLexicon.Check(path, rows, r => r.Fields[0].Equals(r.Fields[0].ToLowerInvariant(), StringComparison.Ordinal) && r.Fields[1].Length > 0
            ? null : "DAC007 a role phrase must be lower case and have a class");
        foreach (var r in rows)
            classes[r.Fields[0]] = classes.TryGetValue(r.Fields[0], out var known) ? [.. known, r.Fields[1]] : [r.Fields[1]];
        return classes;
    }

    private static Dictionary<string, Coded> ReadCodes(string path)
    {
        var rows = TsvLexicon.Read(path, 3);
        TsvLexicon.Check(path, rows, r => IsCode(r.Fields[1].TrimStart('~')) ? null : $"DAC003 '{r.Fields[1]}' is not a CAMEO code");
        var map = new Dictionary<string, Coded>(StringComparer.Ordinal);
        foreach (var r in rows) map.TryAdd(r.Fields[0], new Coded(r.Fields[1], r.Where));
        return map;
    }

    private static void ReadNamed(string path, Dictionary<string, Named> named, string label, bool overrides)
    {
        foreach (var (f, at) in Rows(path, PhoenixActorImporter.ActorsFormat, 4))
        {
            if (DatedCode.ParseAll(f[2]) is null) throw new InvalidDataException($"DAC004 {at}: malformed codes '{f[2]}' (CODE or CODE@yyyy-mm-dd..yyyy-mm-dd, '|'-separated)");
            var entry = new Named(f[0], f[2], overrides ? at[(at.LastIndexOf(Path.DirectorySeparatorChar) + 1)..] : label + " " + f[3]);
            Add(named, f[0], entry, overrides);
            if (f[1] == "-") continue;
            foreach (var alias in f[1].Split('|')) Add(named, alias, entry, overrides);
        }
    }

    private static void Add(Dictionary<string, Named> named, string key, Named entry, bool overrides)
    {
        if (overrides) named[key] = entry;
        else named.TryAdd(key, entry);
    }

    private static bool IsCode(string s)
    {
        if (s.Length < 3) return false;
        foreach (char c in s)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9'))) return false;
        }

        return true;
    }

    /// <summary>Data rows of a "#format" TSV file with their "file:line", after checking the format line.</summary>
    private static IEnumerable<(string[] Fields, string At)> Rows(string path, string format, int fields)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"DAC005 actor lexicon file not found: {path}", path);
        int line = 0;
        foreach (var text in File.ReadLines(path, Encoding.UTF8))
        {
            line++;
            string at = path + ":" + line.ToString(CultureInfo.InvariantCulture);
            if (line == 1)
            {
                if (text != "#format\t" + format) throw new InvalidDataException($"DAC002 {at}: expected format line '#format<TAB>{format}'");
                continue;
            }

            if (text.Length == 0 || text[0] == '#') continue;
            var f = text.Split('\t');
            if (f.Length != fields) throw new InvalidDataException($"DAC006 {at}: expected {fields} tab-separated fields, found {f.Length}");
            yield return (f, at);
        }
    }
}

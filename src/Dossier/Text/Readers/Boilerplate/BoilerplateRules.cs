using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Pipeline;

namespace Dossier.Text.Readers.Boilerplate;

/// <summary>
/// The boilerplate lexicon (lexicon/readers/boilerplate.jsonl), compiled, and the marker that applies it:
/// whole lines of a text that are page furniture or crawl residue become boilerplate ranges. The text is
/// never changed. Lines are judged alone, trimmed; a rule matches the whole line or nothing.
/// </summary>
public sealed class BoilerplateRules
{
    /// <summary>The relative path of the shipped rules inside a Dossier home's lexicon folder.</summary>
    public const string LexiconFile = "readers/boilerplate.jsonl";

    /// <summary>How many non-blank lines at the start count as the head of a document.</summary>
    public const int HeadLines = 6;

    private const string FormatName = "dossier-boilerplate";
    private const int FormatVersion = 1;
    private const int DefaultMaxChars = 200;
    private const int LimitMaxChars = 2000;

    private static readonly Regex s_id = new("^[a-z0-9][a-z0-9_-]*$", RegexOptions.CultureInvariant);
    private static readonly HashSet<string> s_fields = new(StringComparer.Ordinal)
    {
        "id", "kind", "where", "pattern", "max_chars", "example", "note",
    };

    private readonly BoilerplateRule[] _anywhere;
    private readonly BoilerplateRule[] _head;
    private readonly BoilerplateRule[] _tail;

    private BoilerplateRules(IReadOnlyList<BoilerplateRule> rules)
    {
        Rules = rules;
        _anywhere = [.. rules.Where(r => r.Where == BoilerplatePosition.Anywhere)];
        _head = [.. rules.Where(r => r.Where == BoilerplatePosition.Head)];
        _tail = [.. rules.Where(r => r.Where == BoilerplatePosition.Tail)];
    }

    internal IReadOnlyList<BoilerplateRule> Rules { get; }

    /// <summary>How many rules are loaded.</summary>
    public int Count => Rules.Count;

    public static BoilerplateRules Empty { get; } = new([]);

    /// <summary>Loads the shipped rules from a Dossier home.</summary>
    public static BoilerplateRules Load(DossierHome home)
    {
        ArgumentNullException.ThrowIfNull(home);
        return Load(home.LexiconPath(LexiconFile));
    }

    /// <summary>Loads and checks a rules file; every error in it is reported together.</summary>
    public static BoilerplateRules Load(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader, path);
    }

    /// <summary>Parses rules from <paramref name="reader"/>; <paramref name="file"/> names it in errors.</summary>
    public static BoilerplateRules Parse(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var errors = new List<LexiconError>();
        var rules = new List<BoilerplateRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        bool sawHeader = false;
        int lineNumber = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#') continue;
            void Error(string code, string message) => errors.Add(new LexiconError(file, lineNumber, code, message));
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(trimmed);
            }
            catch (JsonException ex)
            {
                Error("DLX702", $"malformed JSON: {JsonErrors.Describe(ex)}");
                continue;
            }

            using (json)
            {
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                {
                    Error("DLX702", "each line must be a JSON object");
                }
                else if (!sawHeader)
                {
                    sawHeader = true;
                    CheckHeader(json.RootElement, Error);
                }
                else if (ParseRule(json.RootElement, Error) is { } rule)
                {
                    if (!ids.Add(rule.Id)) Error("DLX706", $"duplicate rule id '{rule.Id}'");
                    else rules.Add(rule);
                }
            }
        }

        if (!sawHeader)
            errors.Add(new LexiconError(file, Math.Max(1, lineNumber), "DLX701", $"missing the format line {Header}"));
        if (errors.Count > 0) throw new BoilerplateLexiconException(errors);
        return new BoilerplateRules(rules);
    }

    private static string Header => $"{{\"format\": \"{FormatName}\", \"version\": {FormatVersion}}}";

    private static void CheckHeader(JsonElement header, Action<string, string> error)
    {
        bool ok = header.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String
            && format.GetString() == FormatName
            && header.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.Number
            && version.TryGetInt32(out int v) && v == FormatVersion;
        if (!ok) error("DLX701", $"the first line must be the format line {Header}");
    }

    private static BoilerplateRule? ParseRule(JsonElement obj, Action<string, string> error)
    {
        bool failed = false;
        void Fail(string code, string message)
        {
            failed = true;
            error(code, message);
        }

        foreach (var property in obj.EnumerateObject())
        {
            if (!s_fields.Contains(property.Name))
                Fail("DLX704", $"unknown field '{property.Name}' (expected: {string.Join(", ", s_fields)})");
        }

        var id = RequiredString(obj, "id", Fail);
        if (id is not null && !s_id.IsMatch(id)) Fail("DLX703", $"id '{id}' must be lowercase letters, digits, '-' or '_'");
        var kind = RequiredString(obj, "kind", Fail);
        var whereText = RequiredString(obj, "where", Fail);
        var where = whereText switch
        {
            "anywhere" => BoilerplatePosition.Anywhere,
            "head" => BoilerplatePosition.Head,
            "tail" => BoilerplatePosition.Tail,
            null => BoilerplatePosition.Anywhere,
            _ => Invalid(whereText),
        };
        BoilerplatePosition Invalid(string value)
        {
            Fail("DLX708", $"unknown position '{value}' (expected: anywhere, head, tail)");
            return BoilerplatePosition.Anywhere;
        }

        int maxChars = DefaultMaxChars;
        if (obj.TryGetProperty("max_chars", out var max))
        {
            if (max.ValueKind != JsonValueKind.Number || !max.TryGetInt32(out maxChars) || maxChars < 1 || maxChars > LimitMaxChars)
                Fail("DLX703", $"'max_chars' must be a whole number from 1 to {LimitMaxChars}");
        }

        var patternText = RequiredString(obj, "pattern", Fail);
        Regex? pattern = null;
        if (patternText is not null)
        {
            try
            {
                pattern = new Regex($"^(?:{patternText})$",
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
            {
                Fail("DLX705", $"invalid pattern: {ex.Message}");
            }
        }

        if (failed || id is null || kind is null || pattern is null) return null;
        var rule = new BoilerplateRule(id, kind, where, maxChars, pattern);
        if (!obj.TryGetProperty("example", out var example)) return rule;
        if (example.ValueKind != JsonValueKind.String)
        {
            error("DLX703", "'example' must be a string");
            return null;
        }

        // The example is a test the file carries: a pattern that misses it is a broken rule.
        if (rule.Matches(example.GetString()!.Trim())) return rule;
        error("DLX707", $"rule '{id}' does not match its own example");
        return null;
    }

    private static string? RequiredString(JsonElement obj, string name, Action<string, string> fail)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            fail("DLX703", $"missing field '{name}'");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            fail("DLX703", $"'{name}' must be a non-empty string");
            return null;
        }

        return value.GetString();
    }

    /// <summary>
    /// The boilerplate lines of <paramref name="text"/>, as ranges over each line's trimmed content, in order.
    /// Anywhere rules mark single lines; head rules apply among the first <see cref="HeadLines"/> lines; tail
    /// rules apply only in the unbroken run of residue lines that ends the text.
    /// </summary>
    public IReadOnlyList<CharRange> Mark(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Rules.Count == 0) return [];
        var lines = TextLines.NonBlank(text);
        var marked = new bool[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            var line = text.AsSpan(lines[i].Start, lines[i].Length);
            marked[i] = AnyMatch(_anywhere, line) || (i < HeadLines && AnyMatch(_head, line));
        }

        for (int i = lines.Count - 1; i >= 0; i--)
        {
            if (!marked[i] && !AnyMatch(_tail, text.AsSpan(lines[i].Start, lines[i].Length))) break;
            marked[i] = true;
        }

        var ranges = new List<CharRange>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (marked[i]) ranges.Add(lines[i]);
        }

        return ranges;
    }

    private static bool AnyMatch(BoilerplateRule[] rules, ReadOnlySpan<char> line)
    {
        foreach (var rule in rules)
        {
            if (rule.Matches(line)) return true;
        }

        return false;
    }
}

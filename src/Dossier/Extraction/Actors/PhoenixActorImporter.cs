using System.Globalization;
using System.Text;

namespace Dossier.Extraction.Actors;

/// <summary>
/// Converts the MIT-licensed Phoenix (PETRARCH-2) actor and agent dictionaries into Dossier's own files under
/// lexicon/actors/ (docs/actor-attributes.md): <c>phoenix-actors.tsv</c> (named actors with their dated CAMEO
/// codes) and <c>phoenix-agents.tsv</c> (agent nouns such as "police" → COP). Names are lower-cased with
/// words split on '_' and spaces; "(…)" asides are dropped; the !PERSON!/!MINIST! macros of the agents file
/// are expanded. Date restrictions "&lt;YYMMDD", "&gt;YYMMDD", "YYMMDD-YYMMDD" (two-digit years ≤ 30 are
/// 20xx) become ISO ranges; malformed dates and "[---]" codes are not imported. Output is sorted, so the
/// same sources give the same bytes.
/// </summary>
public static class PhoenixActorImporter
{
    public const string ActorsFile = "phoenix-actors.tsv";
    public const string AgentsFile = "phoenix-agents.tsv";
    public const string LicenseFile = "LICENSE-phoenix-MIT.txt";
    public const string ActorsFormat = "dossier-actors-phoenix/1";
    public const string AgentsFormat = "dossier-agents-phoenix/1";

    /// <summary>The actor dictionaries read, with the short source name written into each row.</summary>
    public static readonly (string File, string Source)[] ActorSources =
    [
        ("Phoenix.Countries.actors.txt", "countries"),
        ("Phoenix.International.actors.txt", "international"),
        ("Phoenix.MilNonState.actors.txt", "milnonstate"),
    ];

    public sealed record Stats(int Actors, int Names, int Roles, int Agents, int Skipped);

    /// <summary>One named actor: its primary name, other names, and coded roles.</summary>
    internal sealed class Entry(string name, string source)
    {
        public string Name { get; } = name;
        public string Source { get; } = source;
        public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);
        public List<string> Roles { get; } = [];
    }

    public static Stats Build(string sourceDir, string outDir)
    {
        Directory.CreateDirectory(outDir);
        var entries = new List<Entry>();
        int skipped = 0;
        foreach (var (file, source) in ActorSources)
        {
            var path = Path.Combine(sourceDir, file);
            if (!File.Exists(path)) throw new FileNotFoundException($"Phoenix dictionary not found: {path}", path);
            skipped += ReadActors(File.ReadLines(path, Encoding.UTF8), source, entries);
        }

        var agents = new SortedSet<string>(StringComparer.Ordinal);
        var agentsPath = Path.Combine(sourceDir, "Phoenix.agents.txt");
        if (!File.Exists(agentsPath)) throw new FileNotFoundException($"Phoenix dictionary not found: {agentsPath}", agentsPath);
        skipped += ReadAgents(File.ReadLines(agentsPath, Encoding.UTF8), agents);

        WriteActors(entries, Path.Combine(outDir, ActorsFile));
        Write(Path.Combine(outDir, AgentsFile), AgentsFormat, "phrase\tcode\tsource", [.. agents]);
        var license = Path.Combine(sourceDir, "LICENSE-petrarch2-MIT.txt");
        // Bytes, not File.Copy: the source may be read-only and its mode must not follow into the repository.
        if (File.Exists(license)) File.WriteAllBytes(Path.Combine(outDir, LicenseFile), File.ReadAllBytes(license));
        int names = 0, roles = 0;
        foreach (var e in entries)
        {
            names += 1 + e.Aliases.Count;
            roles += e.Roles.Count;
        }

        return new Stats(entries.Count, names, roles, agents.Count, skipped);
    }

    /// <summary>Reads one TABARI actor file into entries; returns the number of lines or codes not imported.</summary>
    internal static int ReadActors(IEnumerable<string> lines, string source, List<Entry> entries)
    {
        Entry? current = null;
        int skipped = 0, lineNo = 0;
        foreach (var raw in lines)
        {
            lineNo++;
            string line = StripComment(raw);
            if (line.Trim().Length == 0) continue;
            if (line[0] == '+')
            {
                if (current is not null && Name(Before(line[1..], '[')) is { } alias && alias != current.Name) current.Aliases.Add(alias);
                else skipped++;
                if (current is not null) skipped += AddCodes(line, current);
                continue;
            }

            if (char.IsWhiteSpace(line[0]) || line[0] == '[')
            {
                if (current is null) skipped++;
                else skipped += AddCodes(line, current);
                continue;
            }

            var name = Name(Before(line, '['));
            if (name is null) { skipped++; current = null; continue; }
            current = new Entry(name, source + ":" + lineNo.ToString(CultureInfo.InvariantCulture));
            entries.Add(current);
            skipped += AddCodes(line, current);
        }

        entries.RemoveAll(e => e.Roles.Count == 0);
        return skipped;
    }

    /// <summary>Reads the agents file ("PHRASE {PLURAL} [~CODE]", with !MACRO! = a, b lines) into sorted rows.</summary>
    internal static int ReadAgents(IEnumerable<string> lines, SortedSet<string> rows)
    {
        var macros = new Dictionary<string, string[]>(StringComparer.Ordinal);
        int skipped = 0, lineNo = 0;
        foreach (var raw in lines)
        {
            lineNo++;
            string line = StripComment(raw).Trim();
            if (line.Length == 0) continue;
            int eq = line.IndexOf('=', StringComparison.Ordinal);
            if (line[0] == '!' && eq > 0 && line.IndexOf('[', StringComparison.Ordinal) < 0)
            {
                macros[line[..eq].Trim()] = [.. line[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                continue;
            }

            int open = line.IndexOf('[', StringComparison.Ordinal), close = line.IndexOf(']', StringComparison.Ordinal);
            if (open < 0 || close < open || line[open + 1] != '~') { skipped++; continue; }
            string code = line[(open + 2)..close].Trim();
            string source = "agents:" + lineNo.ToString(CultureInfo.InvariantCulture);
            if (code.Length < 3 || !IsUpperAscii(code)) { skipped++; continue; }
            var phrases = new List<string>();
            string head = line[..open];
            int brace = head.IndexOf('{', StringComparison.Ordinal);
            if (brace >= 0)
            {
                int end = head.IndexOf('}', brace);
                if (end > brace + 1) phrases.Add(head[(brace + 1)..end]);
                head = head[..brace];
            }

            phrases.Insert(0, head);
            bool any = false;
            foreach (var phrase in phrases)
            {
                foreach (var expanded in Expand(phrase, macros))
                {
                    if (Name(expanded) is not { } name) continue;
                    rows.Add(name + "\t" + code + "\t" + source);
                    any = true;
                }
            }

            if (!any) skipped++;
        }

        return skipped;
    }

    /// <summary>Expands !MACRO! references; a macro glued to following letters (AD!MINIST!RATIVE) is not expanded.</summary>
    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> macros)
    {
        int a = phrase.IndexOf('!', StringComparison.Ordinal);
        if (a < 0) { yield return phrase; yield break; }
        int b = phrase.IndexOf('!', a + 1);
        if (b < 0 || !macros.TryGetValue(phrase[a..(b + 1)], out var words)) yield break;
        if (b + 1 < phrase.Length && char.IsLetter(phrase[b + 1])) yield break;
        foreach (var w in words)
        {
            foreach (var rest in Expand(phrase[(b + 1)..], macros)) yield return phrase[..a] + w + rest;
        }
    }

    /// <summary>Adds each "[CODE date]" group on the line; returns how many were not imported.</summary>
    private static int AddCodes(string line, Entry entry)
    {
        int skipped = 0;
        for (int open = line.IndexOf('['); open >= 0; open = line.IndexOf('[', open + 1))
        {
            int close = line.IndexOf(']', open);
            if (close < 0) return skipped + 1;
            var parts = line[(open + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || parts[0].StartsWith('-') || !IsUpperAscii(parts[0])) { skipped++; continue; }
            string role = parts[0];
            if (parts.Length > 1)
            {
                if (DateRange(string.Concat(parts[1..])) is not { } range) { skipped++; continue; }
                role += "@" + range;
            }

            if (!entry.Roles.Contains(role)) entry.Roles.Add(role);
        }

        return skipped;
    }

    /// <summary>"&lt;d", "&gt;d" or "d-d" as "from..until" (either side may be empty), or null when malformed.</summary>
    internal static string? DateRange(string text)
    {
        if (text.Length > 1 && text[0] == '<') return Date(text[1..]) is { } u ? ".." + u : null;
        if (text.Length > 1 && text[0] == '>') return Date(text[1..]) is { } f ? f + ".." : null;
        int dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0) return null;
        return Date(text[..dash]) is { } from && Date(text[(dash + 1)..]) is { } until ? from + ".." + until : null;
    }

    /// <summary>YYMMDD or YYYYMMDD as ISO yyyy-mm-dd; two-digit years up to 30 are 20xx (the files date from 2014).</summary>
    internal static string? Date(string digits)
    {
        if (digits.Length is not (6 or 8) || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out _)) return null;
        int year = int.Parse(digits[..^4], CultureInfo.InvariantCulture);
        if (digits.Length == 6) year += year <= 30 ? 2000 : 1900;
        int month = int.Parse(digits[^4..^2], CultureInfo.InvariantCulture), day = int.Parse(digits[^2..], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>A dictionary name as lower-case words, or null when nothing name-like is left.</summary>
    internal static string? Name(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        int depth = 0;
        foreach (char c in raw)
        {
            if (c == '(') { depth++; continue; }
            if (c == ')') { depth = Math.Max(0, depth - 1); continue; }
            if (depth > 0) continue;
            char x = c is '_' or ' ' or '\t' ? ' ' : char.ToLowerInvariant(c);
            if (x == ' ' && (sb.Length == 0 || sb[^1] == ' ')) continue;
            if (x is '{' or '}' or '!' or '|' or '[' or ']' or '#') return null;
            sb.Append(x);
        }

        string name = sb.ToString().Trim();
        foreach (char c in name)
        {
            if (char.IsLetter(c)) return name;
        }

        return null;
    }

    private static string StripComment(string line)
    {
        int hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? line[..hash] : line;
    }

    private static string Before(string line, char c)
    {
        int i = line.IndexOf(c, StringComparison.Ordinal);
        return i >= 0 ? line[..i] : line;
    }

    private static bool IsUpperAscii(string s)
    {
        foreach (char c in s)
        {
            if (c is not (>= 'A' and <= 'Z') and not (>= '0' and <= '9')) return false;
        }

        return s.Length > 0;
    }

    private static void WriteActors(List<Entry> entries, string path)
    {
        var rows = new List<string>(entries.Count);
        foreach (var e in entries)
        {
            rows.Add(string.Join('\t', e.Name, e.Aliases.Count == 0 ? "-" : string.Join('|', e.Aliases), string.Join('|', e.Roles), e.Source));
        }

        rows.Sort(StringComparer.Ordinal);
        Write(path, ActorsFormat, "name\taliases\tcodes (CODE or CODE@from..until, ISO dates)\tsource (dictionary:line)", rows);
    }

    private static void Write(string path, string format, string header, List<string> rows)
    {
        var sb = new StringBuilder();
        sb.Append("#format\t").Append(format).Append('\n');
        sb.Append('#').Append(header).Append('\n');
        foreach (var r in rows) sb.Append(r).Append('\n');
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }
}

using System.Text;
using System.Text.Json;
using Dossier.Text.Tokenization;

namespace Dossier.Extraction.Events;

/// <summary>
/// Converts the PETRARCH-2 CAMEO verb dictionary (CAMEO.2.0.txt, MIT) into event rules (docs/events.md):
/// every verb of a block with a CAMEO code becomes a bare verb rule (subject → source, object → target),
/// and every "- * OBJECT [code]" pattern becomes a verb rule constrained to those object head lemmas.
/// Patterns with prepositional phrases, words before the verb or no code ([---]) are not imported.
/// Verbs listed in the skip file are too general to code on their own ("take", "catch") and keep only
/// their object patterns. Output is sorted by id, so the same input gives the same bytes.
/// </summary>
internal static class PetrarchImporter
{
    public sealed record Stats(int Verbs, int Patterns, int Rules, int Skipped);

    private sealed class Draft(string lemma, string? particle, string code, PloverMode mode)
    {
        public string Lemma { get; } = lemma;
        public string? Particle { get; } = particle;
        public string Code { get; } = code;
        public PloverMode Mode { get; } = mode;
        public SortedSet<string> Objects { get; } = new(StringComparer.Ordinal);
    }

    public static Stats Convert(string petrarchPath, PloverTable plover, string skipPath, TextWriter output)
    {
        var skip = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in TsvLexiconFile.Read(skipPath, 1, 1)) skip.Add(row.Columns[0]);
        var lines = File.ReadAllLines(petrarchPath);
        var sets = ReadSynonymSets(lines);
        var drafts = new SortedDictionary<string, Draft>(StringComparer.Ordinal);
        int verbs = 0, patterns = 0, skipped = 0;
        string? blockCode = null;
        string? blockVerb = null;
        bool inVerbs = false;
        foreach (var raw in lines)
        {
            if (raw.StartsWith("####### VERB PATTERNS", StringComparison.Ordinal)) { inVerbs = true; continue; }
            if (!inVerbs || raw.Length == 0 || raw[0] == '#' || raw[0] == '+') continue;
            var line = StripComment(raw, out var comment);
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                blockVerb = line.Trim('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                blockCode = Code(line);
                continue;
            }

            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                string verb = comment.Length > 0 ? comment.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0] : blockVerb ?? "";
                if (AddPattern(line, verb, plover, sets, drafts)) patterns++;
                else skipped++;
                continue;
            }

            var word = line.Split([' ', '{', '['], StringSplitOptions.RemoveEmptyEntries);
            if (word.Length == 0) continue;
            string? code = Code(line) ?? blockCode;
            if (code is null || !Verb(word[0], out var lemma, out var particle) || skip.Contains(lemma)) { skipped++; continue; }
            var mode = plover.FromCameo(code);
            if (mode is null) { skipped++; continue; }
            drafts.TryAdd(Id(lemma, particle, null, code), new Draft(lemma, particle, code, mode));
            verbs++;
        }

        Write(drafts, output);
        return new Stats(verbs, patterns, drafts.Count, skipped);
    }

    private static bool AddPattern(string line, string verbWord, PloverTable plover, Dictionary<string, string[]> sets,
        SortedDictionary<string, Draft> drafts)
    {
        string? code = Code(line);
        int bracket = line.IndexOf('[', StringComparison.Ordinal);
        if (code is null || bracket < 0 || !Verb(verbWord, out var lemma, out var particle)) return false;
        var body = line[1..bracket].Trim();
        if (!body.StartsWith("* ", StringComparison.Ordinal)) return false;
        var rest = body[2..].Trim();
        string[] heads;
        if (rest.StartsWith('{') && rest.EndsWith('}') && rest.IndexOf('{', 1) < 0)
            heads = [rest[1..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]];
        else if (rest.StartsWith('&') && !rest.Contains(' ', StringComparison.Ordinal) && sets.TryGetValue(rest, out var members))
            heads = members;
        else if (rest.Length > 0 && !rest.Contains(' ', StringComparison.Ordinal) && char.IsLetter(rest[0]))
            heads = [rest];
        else
            return false;
        var mode = plover.FromCameo(code);
        if (mode is null) return false;
        string id = Id(lemma, particle, "obj", code);
        if (!drafts.TryGetValue(id, out var draft)) drafts[id] = draft = new Draft(lemma, particle, code, mode);
        bool any = false;
        foreach (var head in heads)
        {
            var noun = Singular(head.Trim('_').ToLowerInvariant());
            if (IsWord(noun)) { draft.Objects.Add(noun); any = true; }
        }

        if (!any && draft.Objects.Count == 0) drafts.Remove(id);
        return any;
    }

    private static Dictionary<string, string[]> ReadSynonymSets(string[] lines)
    {
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? name = null;
        var members = new List<string>();
        foreach (var raw in lines)
        {
            if (raw.StartsWith("####### VERB PATTERNS", StringComparison.Ordinal)) break;
            var line = StripComment(raw, out _).Trim();
            if (line.StartsWith('&'))
            {
                if (name is not null) sets[name] = [.. members];
                name = line;
                members.Clear();
            }
            else if (name is not null && line.StartsWith('+') && !line[1..].Contains('_', StringComparison.Ordinal))
            {
                members.Add(line[1..].Split(' ')[0]);
            }
        }

        if (name is not null) sets[name] = [.. members];
        return sets;
    }

    private static string StripComment(string line, out string comment)
    {
        int hash = line.IndexOf('#', StringComparison.Ordinal);
        comment = hash < 0 ? "" : line[(hash + 1)..].Trim();
        return (hash < 0 ? line : line[..hash]).TrimEnd();
    }

    /// <summary>The first CAMEO code in brackets ("[173]", "[042:043]" → "042"); null for "[---]" or none.</summary>
    private static string? Code(string line)
    {
        int open = line.IndexOf('[', StringComparison.Ordinal);
        int close = open < 0 ? -1 : line.IndexOf(']', open);
        if (close < 0) return null;
        var inside = line[(open + 1)..close];
        int colon = inside.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0) inside = inside[..colon];
        return PloverTable.IsCameoCode(inside) ? inside : null;
    }

    /// <summary>A PETRARCH verb word → lemma and optional particle ("STEP_DOWN" → step + down).</summary>
    private static bool Verb(string word, out string lemma, out string? particle)
    {
        var parts = word.Trim('_').ToLowerInvariant().Split('_');
        lemma = parts[0];
        particle = parts.Length == 2 ? parts[1] : null;
        return parts.Length <= 2 && IsWord(lemma) && (particle is null || IsWord(particle));
    }

    private static string Singular(string noun)
    {
        if (noun.EndsWith("ies", StringComparison.Ordinal) && noun.Length > 4) return noun[..^3] + "y";
        if (noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) && noun.Length > 3) return noun[..^1];
        return noun;
    }

    private static bool IsWord(string text)
    {
        if (text.Length < 2) return false;
        foreach (char c in text)
        {
            if (c is not (>= 'a' and <= 'z')) return false;
        }

        return true;
    }

    private static string Id(string lemma, string? particle, string? kind, string code)
    {
        var sb = new StringBuilder("petr.").Append(lemma);
        if (particle is not null) sb.Append('.').Append(particle);
        if (kind is not null) sb.Append('.').Append(kind);
        return sb.Append('.').Append(code).ToString();
    }

    private static void Write(SortedDictionary<string, Draft> drafts, TextWriter output)
    {
        output.Write("{\"format\": \"" + EventLexicon.Format + "\", \"version\": 1}\n");
        output.Write("# Generated by: dossier train events-lexicon --petrarch CAMEO.2.0.txt. Do not edit; see README.md (MIT notice).\n");
        foreach (var (id, d) in drafts)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteString("lemma", d.Lemma);
                json.WriteString("pos", "verb");
                json.WriteString("type", d.Mode.Type);
                json.WriteString("mode", d.Mode.Mode);
                json.WriteString("cameo", d.Code);
                if (d.Particle is not null) json.WriteString("particle", d.Particle);
                if (d.Objects.Count > 0)
                {
                    json.WriteStartArray("object");
                    foreach (var o in d.Objects) json.WriteStringValue(o);
                    json.WriteEndArray();
                }

                // Imported verbs code an interaction only with an actor as target (docs/events.md): PETRARCH's
                // patterns assume its own actor dictionaries, which we do not have.
                json.WriteStartArray("needs");
                json.WriteStringValue("target");
                json.WriteEndArray();

                json.WriteEndObject();
            }

            output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
            output.Write('\n');
        }
    }
}

using System.Globalization;
using System.Text;
using Dossier.Extraction.Actors.Evaluation;
using Dossier.Nlp.Corpora;

namespace Dossier.Extraction.Actors;

/// <summary>
/// Derives lexicon/actors/nouns.tsv and names.tsv from a treebank with GUM coreference (the train file):
/// for each common-noun mention head (lemma, lower case), how often GUM types the mention person,
/// organization or something else; and for every person chain, whether its pronouns are he-forms or
/// she-forms, credited to the chain's noun heads ("woman") and to the first word of its names ("Mr.", "Mary").
/// </summary>
public static class ActorLexiconBuilder
{
    public const string NounsFile = "nouns.tsv";
    public const string NamesFile = "names.tsv";

    /// <summary>Writes both files into <paramref name="folder"/>; returns (nouns, names) written.</summary>
    public static (int Nouns, int Names) Build(string conllu, string folder, int minCount = 2)
    {
        var nouns = new SortedDictionary<string, int[]>(StringComparer.Ordinal); // person, org, other, masc, fem
        var names = new SortedDictionary<string, int[]>(StringComparer.Ordinal); // masc, fem
        var doc = new List<ConlluSentence>();
        foreach (var sentence in ConlluReader.Read(conllu))
        {
            if (sentence.StartsDocument && doc.Count > 0) { Count(doc, nouns, names); doc = []; }
            doc.Add(sentence);
        }

        if (doc.Count > 0) Count(doc, nouns, names);
        Directory.CreateDirectory(folder);
        string source = Path.GetFileName(conllu);
        int n = Write(Path.Combine(folder, NounsFile), nouns.Where(kv => kv.Value[0] + kv.Value[1] + kv.Value[2] >= minCount),
            $"# lemma<TAB>person<TAB>organization<TAB>other<TAB>he<TAB>she: GUM mention counts by head lemma, derived from {source} by `dossier train actor-nouns`",
            v => $"{v[0]}\t{v[1]}\t{v[2]}\t{v[3]}\t{v[4]}");
        int m = Write(Path.Combine(folder, NamesFile), names.Where(kv => kv.Value[0] + kv.Value[1] >= 1),
            $"# word<TAB>he<TAB>she: first words of person names (titles, given names) in chains with he- or she-pronouns, derived from {source} by `dossier train actor-nouns`",
            v => $"{v[0]}\t{v[1]}");
        return (n, m);
    }

    private static int Write(string path, IEnumerable<KeyValuePair<string, int[]>> rows, string header, Func<int[], string> columns)
    {
        var sb = new StringBuilder();
        sb.Append(Lexicons.TsvLexicon.FormatLine).Append('\n').Append(header).Append('\n');
        int count = 0;
        foreach (var (key, value) in rows)
        {
            sb.Append(key).Append('\t').Append(columns(value)).Append('\n');
            count++;
        }

        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
        return count;
    }

    private static void Count(List<ConlluSentence> sentences, SortedDictionary<string, int[]> nouns, SortedDictionary<string, int[]> names)
    {
        var words = new List<ConlluWord>();
        foreach (var s in sentences) words.AddRange(s.Words);
        var mentions = GumCorefReader.Read(sentences);
        var gender = new Dictionary<string, (int He, int She)>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.End - m.Start != 1) continue;
            var g = Pronouns.GenderOf(words[m.Head].Form);
            if (g == Gender.Unknown) continue;
            gender.TryGetValue(m.Entity, out var c);
            gender[m.Entity] = g == Gender.Masculine ? (c.He + 1, c.She) : (c.He, c.She + 1);
        }

        var credited = new HashSet<(string Entity, string Word)>();
        foreach (var m in mentions)
        {
            var head = words[m.Head];
            gender.TryGetValue(m.Entity, out var g);
            // Gender evidence counts chains, not mentions: one long story about "the traveler" is one vote.
            bool once = credited.Add((m.Entity, head.Lemma));
            int he = once && g.He > g.She ? 1 : 0, she = once && g.She > g.He ? 1 : 0;
            if (head.Upos == "NOUN" && IsWord(head.Lemma))
            {
                var counts = Slot(nouns, head.Lemma.ToLowerInvariant(), 5);
                counts[m.EntityType switch { "person" => 0, "organization" => 1, _ => 2 }]++;
                counts[3] += he;
                counts[4] += she;
            }
            else if (head.Upos == "PROPN" && m.EntityType == "person" && he + she > 0 && credited.Add((m.Entity, "\0name")))
            {
                var first = words[m.Start].Upos == "PROPN" ? words[m.Start] : head;
                if (!IsWord(first.Form)) continue;
                var counts = Slot(names, first.Form.ToLowerInvariant(), 2);
                counts[0] += he;
                counts[1] += she;
            }
        }
    }

    private static int[] Slot(SortedDictionary<string, int[]> table, string key, int width)
    {
        if (!table.TryGetValue(key, out var counts)) table[key] = counts = new int[width];
        return counts;
    }

    /// <summary>A lexicon key: letters, with inner hyphens, apostrophes or a final full stop ("Mr.").</summary>
    private static bool IsWord(string s)
    {
        if (s.Length == 0 || !char.IsLetter(s[0])) return false;
        foreach (char c in s)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '.')) return false;
        }

        return true;
    }
}

using System.Text;

namespace Dossier.Nlp.Clusters;

/// <summary>
/// Reads unlabelled news (folders of .txt articles and .tsv files of id/title/description rows) as
/// lines of CoNLL-style tokens, for learning word clusters. Files are visited in ordinal path order so
/// the token stream, and everything learned from it, is the same on every machine.
/// </summary>
internal static class NewsCorpus
{
    public static IEnumerable<List<string>> Lines(string root)
    {
        var files = Directory.GetFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".tsv", StringComparison.Ordinal))
            .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal)
                        && !Path.GetFileName(f).StartsWith("metadata", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
        var tokens = new List<string>();
        foreach (var file in files)
        {
            bool tsv = file.EndsWith(".tsv", StringComparison.Ordinal);
            foreach (var raw in File.ReadLines(file, Encoding.UTF8))
            {
                if (tsv)
                {
                    var cols = raw.Split('\t');
                    for (int c = 1; c < cols.Length; c++)
                    {
                        if (SplitLine(cols[c], tokens)) yield return tokens;
                    }
                }
                else if (SplitLine(raw, tokens))
                {
                    yield return tokens;
                }
            }
        }
    }

    /// <summary>Splits one line the way CoNLL-2003 tokenised Reuters: punctuation apart, "'s" and "n't" apart.</summary>
    public static bool SplitLine(string line, List<string> tokens)
    {
        tokens.Clear();
        // Typographic apostrophes and AG News' "#39;" escapes become the plain apostrophe CoNLL uses.
        line = line.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace("#39;", "'", StringComparison.Ordinal)
            .Replace("quot;", "\"", StringComparison.Ordinal).Replace("#36;", "$", StringComparison.Ordinal);
        foreach (var piece in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            int start = 0, end = piece.Length;
            while (start < end && IsEdgePunct(piece[start])) tokens.Add(piece.Substring(start++, 1));
            var tail = new List<string>();
            while (end > start && IsEdgePunct(piece[end - 1])) tail.Add(piece.Substring(--end, 1));
            if (end > start)
            {
                var word = piece[start..end];
                if (word.Length > 2 && word.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
                {
                    tokens.Add(word[..^2]);
                    tokens.Add(word[^2..]);
                }
                else if (word.Length > 3 && word.EndsWith("n't", StringComparison.OrdinalIgnoreCase))
                {
                    tokens.Add(word[..^3]);
                    tokens.Add(word[^3..]);
                }
                else
                {
                    tokens.Add(word);
                }
            }

            for (int i = tail.Count - 1; i >= 0; i--) tokens.Add(tail[i]);
        }

        return tokens.Count > 0;
    }

    private static bool IsEdgePunct(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '(' or ')' or '[' or ']' or '{' or '}'
            or '\'' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '`' or '*';
}

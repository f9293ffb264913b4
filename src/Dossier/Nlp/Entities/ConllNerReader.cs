using System.Text;

namespace Dossier.Nlp.Entities;

/// <summary>
/// Reads CoNLL-2003 files ("token POS chunk NER", IOB1 or IOB2 tags, blank lines between sentences,
/// -DOCSTART- lines between documents) into documents whose text is the tokens joined by spaces.
/// Only the token and NER columns are used: POS and chunk tags are not available at run time.
/// </summary>
internal static class ConllNerReader
{
    public static List<NerDocument> Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"DNR001 CoNLL file not found: {path}", path);
        var docs = new List<NerDocument>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var sentEnds = new List<int>();
        int lineNo = 0;

        void FlushSentence()
        {
            if (sentEnds.Count == 0 ? tokens.Count > 0 : sentEnds[^1] < tokens.Count) sentEnds.Add(tokens.Count);
        }

        void FlushDocument()
        {
            FlushSentence();
            if (tokens.Count > 0) docs.Add(Build(tokens, tags, sentEnds));
            tokens.Clear();
            tags.Clear();
            sentEnds.Clear();
        }

        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNo++;
            if (line.Length == 0) { FlushSentence(); continue; }
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) { FlushDocument(); continue; }
            var cols = line.Split(' ');
            if (cols.Length < 2)
                throw new InvalidDataException($"DNR002 {path}:{lineNo}: expected 'token ... NER-tag' columns");
            var tag = cols[^1];
            if (tag != "O" && (tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I') || !Enum.TryParse<EntityType>(tag.AsSpan(2), out _)))
                throw new InvalidDataException($"DNR003 {path}:{lineNo}: unknown NER tag '{tag}'");
            tokens.Add(cols[0]);
            tags.Add(tag);
        }

        FlushDocument();
        return docs;
    }

    private static NerDocument Build(List<string> tokens, List<string> tags, List<int> sentEnds)
    {
        var sb = new StringBuilder();
        var start = new int[tokens.Count];
        var end = new int[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            start[i] = sb.Length;
            sb.Append(tokens[i]);
            end[i] = sb.Length;
        }

        var sentStart = new int[sentEnds.Count];
        for (int s = 1; s < sentEnds.Count; s++) sentStart[s] = sentEnds[s - 1];
        var spans = new List<(int, int, EntityType)>();
        int open = -1;
        EntityType openType = default;
        for (int i = 0; i <= tokens.Count; i++)
        {
            bool sentenceStart = Array.IndexOf(sentStart, i) >= 0;
            string tag = i < tokens.Count ? tags[i] : "O";
            var type = tag == "O" ? default : Enum.Parse<EntityType>(tag.AsSpan(2));
            // IOB1: I- continues an open span of the same type; B- (or a new type, or a new sentence) starts one.
            bool continues = tag != "O" && tag[0] == 'I' && open >= 0 && type == openType && !sentenceStart;
            if (!continues && open >= 0)
            {
                spans.Add((open, i, openType));
                open = -1;
            }

            if (tag != "O" && !continues)
            {
                open = i;
                openType = type;
            }
        }

        return new NerDocument(new NerText(sb.ToString(), start, end, sentStart, [.. sentEnds]), [.. spans]);
    }
}

using System.Globalization;

namespace Dossier.Nlp.Corpora;

/// <summary>Streams sentences from a CoNLL-U file. Empty nodes (ids like 8.1) are skipped.</summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var s in Read(reader, path)) yield return s;
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name = "input")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentence = new ConlluSentence();
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0)
            {
                if (sentence.Words.Count > 0) yield return sentence;
                sentence = new ConlluSentence();
                continue;
            }

            if (line[0] == '#')
            {
                ReadComment(sentence, line);
                continue;
            }

            ReadLine(sentence, line, name, lineNo);
        }

        if (sentence.Words.Count > 0) yield return sentence;
    }

    private static void ReadComment(ConlluSentence s, string line)
    {
        s.Comments.Add(line);
        var body = line.AsSpan(1).Trim();
        if (body.StartsWith("text =")) s.Text = body[6..].Trim().ToString();
        else if (body.StartsWith("sent_id =")) s.SentId = body[9..].Trim().ToString();
        else if (body.StartsWith("newdoc"))
        {
            s.StartsDocument = true;
            s.StartsParagraph = true;
            int eq = body.IndexOf('=');
            if (eq >= 0) s.NewDoc = body[(eq + 1)..].Trim().ToString();
        }
        else if (body.StartsWith("newpar"))
        {
            s.StartsParagraph = true;
            int eq = body.IndexOf('=');
            if (eq >= 0) s.NewPar = body[(eq + 1)..].Trim().ToString();
        }
    }

    private static void ReadLine(ConlluSentence s, string line, string name, int lineNo)
    {
        var f = line.Split('\t');
        if (f.Length != 10) throw new FormatException($"{name}:{lineNo}: expected 10 tab-separated columns, found {f.Length}");
        var id = f[0];
        if (id.Contains('.', StringComparison.Ordinal)) return;
        int dash = id.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            s.Multiwords.Add(new ConlluMultiword(Int(id[..dash], name, lineNo), Int(id[(dash + 1)..], name, lineNo), f[1], f[9]));
            return;
        }

        s.Words.Add(new ConlluWord(Int(id, name, lineNo), f[1], f[2], f[3], f[4], f[5],
            f[6] == "_" ? -1 : Int(f[6], name, lineNo), f[7], f[8], f[9]));
    }

    private static int Int(string value, string name, int lineNo) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            ? n
            : throw new FormatException($"{name}:{lineNo}: '{value}' is not a number");
}

using Dossier.Text;

namespace Dossier.Nlp.Corpora;

/// <summary>
/// Turns CoNLL-U sentences into Docs that carry the gold tokens and sentences (words joined by single
/// spaces), so pipeline components can be run and scored against the gold annotation.
/// </summary>
internal static class ConlluDocs
{
    /// <summary>One Doc per CoNLL-U document (a "newdoc" comment starts one), at most <paramref name="maxSentences"/> sentences each.</summary>
    public static IEnumerable<(Doc Doc, List<ConlluSentence> Sentences)> Read(IEnumerable<ConlluSentence> sentences, string name, int maxSentences = 200)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var batch = new List<ConlluSentence>();
        int number = 0;
        foreach (var sentence in sentences)
        {
            if (batch.Count > 0 && (sentence.StartsDocument || batch.Count >= maxSentences))
            {
                yield return (Build(batch, $"{name}#{number++}"), batch);
                batch = [];
            }

            batch.Add(sentence);
        }

        if (batch.Count > 0) yield return (Build(batch, $"{name}#{number}"), batch);
    }

    /// <param name="goldTags">Also set the gold UPOS/XPOS layer (to score a parser on gold tags).</param>
    /// <param name="paragraphs">Flag the first word after each "newpar" as a paragraph start.</param>
    public static Doc Build(IReadOnlyList<ConlluSentence> sentences, string id, bool goldTags = false, bool paragraphs = false)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int count = 0;
        foreach (var s in sentences) count += s.Words.Count;
        var starts = new int[count];
        var ends = new int[count];
        var flags = new TokenFlags[count];
        var sentStart = new int[sentences.Count];
        var sentEnd = new int[sentences.Count];
        var text = new System.Text.StringBuilder();
        int t = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            sentStart[s] = t;
            if (paragraphs && sentences[s].StartsParagraph && t < count) flags[t] = TokenFlags.ParagraphStart;
            foreach (var word in sentences[s].Words)
            {
                if (text.Length > 0) text.Append(' ');
                starts[t] = text.Length;
                text.Append(word.Form);
                ends[t] = text.Length;
                t++;
            }

            sentEnd[s] = t;
        }

        var doc = new Doc(text.ToString(), new DocumentInfo(id));
        doc.SetTokens(starts, ends, flags);
        doc.SetSentences(sentStart, sentEnd);
        if (goldTags) SetGoldTags(doc, sentences);
        return doc;
    }

    private static void SetGoldTags(Doc doc, IReadOnlyList<ConlluSentence> sentences)
    {
        var upos = new Upos[doc.Count];
        var xpos = new string[doc.Count];
        int t = 0;
        foreach (var sentence in sentences)
        {
            foreach (var word in sentence.Words)
            {
                upos[t] = Parsing.ParseSentence.ParseUpos(word.Upos);
                xpos[t++] = string.Intern(word.Xpos);
            }
        }

        doc.SetTags(upos, xpos);
    }
}

using System.Text;
using Dossier.Nlp.Corpora;
using Dossier.Text;

namespace Dossier.Nlp.Evaluation;

/// <summary>
/// Builds a <see cref="Doc"/> whose tokens and sentences are the gold words of CoNLL-U sentences (words
/// separated by spaces, sentences by newlines), for evaluating later stages on gold tokenisation.
/// </summary>
internal static class GoldTokenDoc
{
    public static Doc Build(IReadOnlyList<ConlluSentence> sentences, string id, bool goldTags)
    {
        var text = new StringBuilder();
        var start = new List<int>();
        var end = new List<int>();
        var sentStart = new int[sentences.Count];
        var sentEnd = new int[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            sentStart[s] = start.Count;
            foreach (var w in sentences[s].Words)
            {
                start.Add(text.Length);
                text.Append(w.Form);
                end.Add(text.Length);
                text.Append(' ');
            }

            sentEnd[s] = start.Count;
            text[^1] = '\n';
        }

        var doc = new Doc(text.ToString(), new DocumentInfo(id));
        doc.SetTokens([.. start], [.. end], new TokenFlags[start.Count]);
        doc.SetSentences(sentStart, sentEnd);
        if (goldTags)
        {
            var upos = new Upos[start.Count];
            var xpos = new string[start.Count];
            int t = 0;
            foreach (var s in sentences)
            {
                foreach (var w in s.Words)
                {
                    upos[t] = Parsing.ParseSentence.ParseUpos(w.Upos);
                    xpos[t++] = string.Intern(w.Xpos);
                }
            }

            doc.SetTags(upos, xpos);
        }

        return doc;
    }
}

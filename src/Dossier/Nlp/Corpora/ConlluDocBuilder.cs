using System.Text;
using Dossier.Text;

namespace Dossier.Nlp.Corpora;

/// <summary>
/// Builds a <see cref="Doc"/> from CoNLL-U sentences with their gold layers (words as tokens, sentences,
/// tags, lemmas, heads). Training, evaluation and extraction tests use it to work on gold trees.
/// Words are joined by their SpaceAfter marks; paragraphs (newpar) are separated by a blank line.
/// </summary>
public static class ConlluDocBuilder
{
    public static Doc Build(IReadOnlyList<ConlluSentence> sentences, string id, DateOnly? date = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new StringBuilder();
        var start = new List<int>();
        var end = new List<int>();
        var flags = new List<TokenFlags>();
        var sentStart = new int[sentences.Count];
        var sentEnd = new int[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (text.Length > 0) text.Append(sentence.StartsParagraph ? "\n\n" : " ");
            sentStart[s] = start.Count;
            foreach (var word in sentence.Words)
            {
                start.Add(text.Length);
                text.Append(word.Form);
                end.Add(text.Length);
                bool spaceAfter = word.SpaceAfter && SpaceAfterWord(sentence, word.Id);
                flags.Add(spaceAfter ? TokenFlags.None : TokenFlags.NoSpaceAfter);
                if (spaceAfter && word.Id < sentence.Words.Count) text.Append(' ');
            }

            sentEnd[s] = start.Count;
        }

        var doc = new Doc(text.ToString(), new DocumentInfo(id, Date: date));
        doc.SetTokens([.. start], [.. end], [.. flags]);
        doc.SetSentences(sentStart, sentEnd);
        SetGoldLayers(doc, sentences);
        return doc;
    }

    // Inside a multiword token the words are written without spaces; its SpaceAfter sits on the MWT line.
    private static bool SpaceAfterWord(ConlluSentence sentence, int wordId)
    {
        foreach (var mwt in sentence.Multiwords)
        {
            if (wordId >= mwt.First && wordId < mwt.Last) return false;
            if (wordId == mwt.Last) return mwt.SpaceAfter;
        }

        return true;
    }

    private static void SetGoldLayers(Doc doc, IReadOnlyList<ConlluSentence> sentences)
    {
        var pos = new Upos[doc.Count];
        var xpos = new string[doc.Count];
        var lemma = new string[doc.Count];
        var head = new int[doc.Count];
        var deprel = new string[doc.Count];
        int t = 0;
        foreach (var sentence in sentences)
        {
            int first = t;
            foreach (var word in sentence.Words)
            {
                pos[t] = Enum.TryParse<Upos>(word.Upos, out var p) ? p : Upos.X;
                xpos[t] = string.Intern(word.Xpos);
                lemma[t] = word.Lemma;
                head[t] = word.Head <= 0 ? -1 : first + word.Head - 1;
                deprel[t] = string.Intern(word.Deprel);
                t++;
            }
        }

        doc.SetTags(pos, xpos);
        doc.SetLemmas(lemma);
        doc.SetHeads(head, deprel);
    }
}

using System.Text;
using Dossier.Nlp.Corpora;

namespace Dossier.Text.Tokenization;

/// <summary>
/// One document rebuilt from a CoNLL-U file: its raw text and the gold token and sentence spans in it.
/// Paragraphs (# newpar) are joined by a blank line, sentences in a paragraph by a space (none when the
/// sentence's last token says SpaceAfter=No), tokens by a space unless SpaceAfter=No.
/// Gold tokens are UD words, because Dossier splits clitics as UD words do (do|n't, can|not); a multiword
/// token whose words do not spell its surface form (e.g. EWT "its" = it + 's) counts as one gold token.
/// </summary>
internal sealed record GoldSegmentation(string Id, string Text, CharRange[] Tokens, CharRange[] Sentences)
{
    /// <summary>Reads every document of a CoNLL-U file (a file without # newdoc is one document).</summary>
    public static List<GoldSegmentation> Read(string conlluPath)
    {
        var docs = new List<GoldSegmentation>();
        var builder = new Builder();
        foreach (var sentence in ConlluReader.Read(conlluPath))
        {
            if (sentence.StartsDocument && builder.HasContent) docs.Add(builder.Finish());
            if (sentence.StartsDocument) builder.Id = sentence.NewDoc ?? sentence.SentId ?? $"doc{docs.Count + 1}";
            builder.Add(sentence);
        }

        if (builder.HasContent) docs.Add(builder.Finish());
        return docs;
    }

    private sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<CharRange> _tokens = [];
        private readonly List<CharRange> _sentences = [];
        private bool _lastSpaceAfter = true;

        public string Id { get; set; } = "doc1";

        public bool HasContent => _sentences.Count > 0;

        public void Add(ConlluSentence sentence)
        {
            if (_text.Length > 0)
            {
                if (sentence.StartsParagraph) _text.Append("\n\n");
                else if (_lastSpaceAfter) _text.Append(' ');
            }

            int sentenceStart = _text.Length;
            var words = sentence.Words;
            int w = 0;
            while (w < words.Count)
            {
                var mwt = MultiwordAt(sentence, words[w].Id);
                if (mwt is not null)
                {
                    int last = w;
                    while (last + 1 < words.Count && words[last + 1].Id <= mwt.Last) last++;
                    AppendMultiword(mwt, words, w, last);
                    _lastSpaceAfter = mwt.SpaceAfter;
                    w = last + 1;
                }
                else
                {
                    int start = _text.Length;
                    _text.Append(words[w].Form);
                    _tokens.Add(new CharRange(start, _text.Length));
                    _lastSpaceAfter = words[w].SpaceAfter;
                    w++;
                }

                if (w < words.Count && _lastSpaceAfter) _text.Append(' ');
            }

            _sentences.Add(new CharRange(sentenceStart, _text.Length));
        }

        public GoldSegmentation Finish()
        {
            var doc = new GoldSegmentation(Id, _text.ToString(), [.. _tokens], [.. _sentences]);
            _text.Clear();
            _tokens.Clear();
            _sentences.Clear();
            _lastSpaceAfter = true;
            return doc;
        }

        private void AppendMultiword(ConlluMultiword mwt, List<ConlluWord> words, int first, int last)
        {
            int start = _text.Length;
            _text.Append(mwt.Form);
            int length = 0;
            for (int i = first; i <= last; i++) length += words[i].Form.Length;
            bool spells = length == mwt.Form.Length;
            for (int i = first, at = 0; spells && i <= last; i++)
            {
                spells = string.CompareOrdinal(mwt.Form, at, words[i].Form, 0, words[i].Form.Length) == 0;
                at += words[i].Form.Length;
            }

            if (!spells)
            {
                _tokens.Add(new CharRange(start, _text.Length));
                return;
            }

            for (int i = first, at = start; i <= last; i++)
            {
                _tokens.Add(new CharRange(at, at + words[i].Form.Length));
                at += words[i].Form.Length;
            }
        }

        private static ConlluMultiword? MultiwordAt(ConlluSentence sentence, int wordId)
        {
            foreach (var mwt in sentence.Multiwords)
            {
                if (mwt.First == wordId) return mwt;
            }

            return null;
        }
    }
}

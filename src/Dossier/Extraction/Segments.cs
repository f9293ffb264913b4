using Dossier.Text;

namespace Dossier.Extraction;

/// <summary>
/// Sentences cut again at line breaks, with the paragraph of each piece. Headlines, captions and datelines
/// often lack a full stop, so a sentence splitter may run them into the next paragraph; the claim and time
/// finders never let a pattern cross a line break. Computed once per document.
/// </summary>
internal sealed class Segments
{
    private Segments(int[] start, int[] end, int[] paragraph)
    {
        Start = start;
        End = end;
        Paragraph = paragraph;
    }

    /// <summary>First token of each segment.</summary>
    public int[] Start { get; }

    /// <summary>One past the last token of each segment.</summary>
    public int[] End { get; }

    /// <summary>Paragraph number of each segment (a line break or a ParagraphStart flag starts a paragraph).</summary>
    public int[] Paragraph { get; }

    public int Count => Start.Length;

    public int Of(int token)
    {
        int i = Array.BinarySearch(Start, token);
        return i >= 0 ? i : ~i - 1;
    }

    public static Segments Build(Doc doc)
    {
        var start = new List<int>(doc.SentenceCount + 8);
        var end = new List<int>(doc.SentenceCount + 8);
        var paragraph = new List<int>(doc.SentenceCount + 8);
        int p = 0;
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            int from = doc.SentStart[s];
            int fromParagraph = p;
            for (int t = doc.SentStart[s]; t < doc.SentEnd[s]; t++)
            {
                if (t == 0 || !(LineBreakBefore(doc, t) || (doc.Flags[t] & TokenFlags.ParagraphStart) != 0)) continue;
                p++;
                if (t > from)
                {
                    start.Add(from);
                    end.Add(t);
                    paragraph.Add(fromParagraph);
                    from = t;
                }

                fromParagraph = p;
            }

            if (doc.SentEnd[s] > from)
            {
                start.Add(from);
                end.Add(doc.SentEnd[s]);
                paragraph.Add(fromParagraph);
            }
        }

        return new Segments([.. start], [.. end], [.. paragraph]);
    }

    private static bool LineBreakBefore(Doc doc, int t) =>
        doc.Text.AsSpan(doc.End[t - 1], doc.Start[t] - doc.End[t - 1]).Contains('\n');
}

using Dossier.Text;

namespace Dossier.Extraction.Claims;

/// <summary>
/// Which claims a certainty cue qualifies. A sentence-scope cue ("reportedly", "denied") covers the claims of
/// its sentence. A paragraph-scope cue ("The information could not be independently verified") reaches back:
/// to every claim of its paragraph up to the cue; and when its paragraph holds no earlier claim (wire copy
/// often puts the caveat in a paragraph of its own), into the paragraphs just before, over the claims that
/// share the source of the nearest one, stopping at the last change of source or at a paragraph without
/// claims. Only a caveat sentence reaches back: the cue must open its sentence ("The information could not be
/// confirmed"); one deep in a sentence ("Videos appeared to show …, although the footage could not be
/// verified") qualifies its own sentence, and so does a cue inside a direct quotation ('"I cannot confirm
/// that," he said' is what the speaker says, not the writer's caveat). For quotes, a cue inside the quote ("'these reports are
/// unconfirmed,' he said") is what the speaker says, not the quote's standing.
/// </summary>
internal sealed class CertaintyScope(ClaimsLexicon lexicon)
{
    /// <summary>How many paragraphs before its own a caveat may reach.</summary>
    private const int MaxParagraphsBack = 3;

    /// <summary>A cue that starts within this many tokens of its sentence start makes a caveat sentence.</summary>
    private const int MaxCaveatLead = 8;

    /// <summary>Negation words count within this many tokens before a cue that needs one.</summary>
    private const int NegationWindow = 4;

    /// <summary>A claim to qualify: its segment, span, and a key that is equal for claims of the same source (null: no source).</summary>
    public readonly record struct Claim(int Segment, CharRange Span, string? SourceKey);

    /// <summary>The cue that covers a claim: its lexicon entry and where it is written.</summary>
    public sealed record Covering(CertaintyCue Cue, StatusCue Where);

    /// <summary>
    /// The covering cue for each claim, or null. A later cue replaces an earlier one, except that a "reported" cue
    /// never replaces a stronger one. For quotes only "unconfirmed" cues outside the quote count (a denial is what
    /// the speaker says, not the standing of the words).
    /// </summary>
    public Covering?[] Resolve(Doc doc, Segments segments, IReadOnlyList<Claim> claims, IReadOnlyList<CharRange> quoted, bool forQuotes)
    {
        var result = new Covering?[claims.Count];
        if (claims.Count == 0) return result;
        for (int s = 0; s < segments.Count; s++)
        {
            if (!TryCue(doc, segments.Start[s], segments.End[s], out var cue, out var where, out int cueToken)) continue;
            if (forQuotes && cue.Status != "unconfirmed") continue;
            bool reaches = cue.ParagraphScope && cueToken - segments.Start[s] < MaxCaveatLead && !Inside(quoted, where.Span);
            var covering = new Covering(cue, where);
            bool earlierInParagraph = false;
            for (int k = 0; k < claims.Count; k++)
            {
                var c = claims[k];
                if (forQuotes && c.Span.Start <= where.Span.Start && c.Span.End >= where.Span.End) continue;
                bool sameSentence = c.Segment == s;
                bool earlier = reaches && c.Segment < s && segments.Paragraph[c.Segment] == segments.Paragraph[s];
                if (!sameSentence && !earlier) continue;
                earlierInParagraph |= earlier || c.Span.End <= where.Span.Start;
                Set(result, k, covering);
            }

            if (reaches && !earlierInParagraph) ReachBack(segments, claims, s, covering, result);
        }

        return result;
    }

    /// <summary>Claims of the paragraphs before the cue's, nearest first, while they keep one source.</summary>
    private static void ReachBack(Segments segments, IReadOnlyList<Claim> claims, int s, Covering covering, Covering?[] result)
    {
        int paragraph = segments.Paragraph[s];
        var order = Enumerable.Range(0, claims.Count).Where(k => claims[k].Segment < s)
            .OrderByDescending(k => claims[k].Span.Start).ToList();
        if (order.Count == 0) return;
        string? key = claims[order[0]].SourceKey;
        int lastParagraph = paragraph;
        foreach (int k in order)
        {
            int p = segments.Paragraph[claims[k].Segment];
            if (lastParagraph - p > 1 || paragraph - p > MaxParagraphsBack) return; // a paragraph without claims
            if (!string.Equals(claims[k].SourceKey, key, StringComparison.Ordinal)) return; // the source changed
            Set(result, k, covering);
            lastParagraph = p;
        }
    }

    private static bool Inside(IReadOnlyList<CharRange> quoted, CharRange span)
    {
        foreach (var q in quoted)
            if (q.Start <= span.Start && q.End >= span.End) return true;
        return false;
    }

    private static void Set(Covering?[] result, int k, Covering covering)
    {
        if (covering.Cue.Status == "reported" && result[k] is { } held && held.Cue.Status != "reported") return;
        result[k] = covering;
    }

    /// <summary>The first certainty cue of a segment; a cue that needs a negation spans from the negation word.</summary>
    private bool TryCue(Doc doc, int start, int end, out CertaintyCue cue, out StatusCue where, out int token)
    {
        cue = null!;
        where = null!;
        token = -1;
        for (int i = start; i < end; i++)
        {
            if (!lexicon.Certainty.TryMatch(doc, i, end, out var m)) continue;
            int from = i;
            if (m.Value.NeedsNegation)
            {
                from = NegationBefore(doc, start, i);
                if (from < 0) continue;
            }

            cue = m.Value;
            token = from;
            var span = new CharRange(doc.Start[from], doc.End[m.End - 1]);
            where = new StatusCue(doc.Text[span.Start..span.End], span);
            return true;
        }

        return false;
    }

    private int NegationBefore(Doc doc, int sentStart, int i)
    {
        for (int k = i - 1; k >= sentStart && k >= i - NegationWindow; k--)
            if (lexicon.Negations.TryGetWord(doc, k, out _)) return k;
        return -1;
    }

    /// <summary>The key that says two claims come from one source: the actor id, else the folded text without "the".</summary>
    public static string? SourceKey(string? actor, string? text)
    {
        if (actor is not null) return "@" + actor;
        if (text is null) return null;
        var t = text.Trim();
        if (t.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) t = t[4..];
        return t.ToLowerInvariant();
    }
}

using Dossier.Lexicons;
using Dossier.Text;

namespace Dossier.Extraction.Claims;

/// <summary>
/// Finds an intermediary who relays a speaker's words (lexicon/claims/intermediaries.tsv): in the speaker
/// phrase ("Nazarbayev's spokesman Aidos Ukibai", "his lawyer"), as a relay phrase next to the cue ("X, through
/// his spokesman, said", "X said via a spokeswoman") or in a subordinate clause of the sentence ("…, as his
/// spokesman Y announced on Twitter"). Token ranges only; the caller resolves them to text and actors.
/// </summary>
internal sealed class RelayFinder(ClaimsLexicon lexicon, Attributor attributor)
{
    /// <summary>Modifiers allowed between a possessor and the intermediary noun ("his chief spokesman").</summary>
    private const int MaxModifiers = 2;

    /// <summary>How far a relay phrase or an "as" clause may run, in tokens.</summary>
    private const int MaxPhrase = 8;

    /// <summary>
    /// Splits a speaker phrase [start, end) "X's spokesman Y" / "his spokesman Y" into the principal (X, or the
    /// possessive pronoun) and the intermediary ("spokesman Y").
    /// </summary>
    public bool TrySplit(Doc doc, int start, int end, out (int Start, int End) principal, out (int Start, int End) via)
    {
        principal = via = default;
        for (int k = start + 1; k < end; k++)
        {
            if (!lexicon.Intermediaries.TryMatch(doc, k, end, out _)) continue;
            int p = k - 1;
            while (p > start && k - p <= MaxModifiers && IsLowerWord(doc, p) && !IsPossessiveMark(doc, p)) p--;
            if (IsPossessiveMark(doc, p) && p > start) principal = (start, p);
            else if (p == start && IsPossessivePronoun(doc, p)) principal = (p, p + 1);
            else continue;
            via = (p + 1, end);
            return true;
        }

        return false;
    }

    /// <summary>"through his spokesman (Y)", "via a spokeswoman" in [from, to): the intermediary after the relay word.</summary>
    public bool TryRelayPhrase(Doc doc, int from, int to, out (int Start, int End) via)
    {
        via = default;
        for (int t = from; t < to; t++)
        {
            if (!lexicon.Attribution.TryGetWord(doc, t, out var role) || role != "relay") continue;
            for (int k = t + 1; k < to && k - t <= MaxModifiers + 2; k++)
            {
                if (!lexicon.Intermediaries.TryMatch(doc, k, to, out var m)) continue;
                int e = m.End;
                while (e < to && e - t < MaxPhrase && IsCapitalised(doc, e)) e++; // "through his spokesman Dmitry Peskov"
                int s = t + 1;
                if (IsPossessivePronoun(doc, s) || (lexicon.Stops.TryGetWord(doc, s, out var det) && det == "det")) s++;
                via = (s, e);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "…, as his spokesman Y announced on Twitter" (or at the start of the sentence): an "as" clause whose
    /// speaker is an intermediary, outside the quoted content [skipFrom, skipTo). Gives the intermediary without
    /// its possessive word and the clause's channel.
    /// </summary>
    public bool TryAsClause(Doc doc, ClaimContext ctx, int start, int end, int skipFrom, int skipTo,
        out (int Start, int End) via, out string? channel)
    {
        via = default;
        channel = null;
        for (int t = start; t < end; t++)
        {
            if (t >= skipFrom && t < skipTo) continue;
            if (!PhraseTable<string>.Word(doc, t).Equals("as", StringComparison.OrdinalIgnoreCase)) continue;
            if (t > start && !Attributor.IsPunct(doc, t - 1, ',') && !Attributor.IsQuoteMark(doc, t - 1)) continue;
            for (int v = t + 2; v < end && v - t <= MaxPhrase + 1; v++)
            {
                if (Attributor.IsPunct(doc, v, ',') || Attributor.IsFinal(doc, v) || Attributor.IsQuoteMark(doc, v)) break;
                if (!attributor.IsSpeechVerb(doc, v, out _)) continue;
                int s = t + 1;
                if (!attributor.IsSpeaker(doc, ctx, s, v) || !HasIntermediary(doc, s, v)) break;
                if (IsPossessivePronoun(doc, s)) s++;
                else if (TrySplit(doc, s, v, out _, out var inner)) s = inner.Start;
                via = (s, v);
                channel = attributor.Channel(doc, v, end);
                return true;
            }
        }

        return false;
    }

    public bool IsPossessivePronoun(Doc doc, int i) =>
        lexicon.Attribution.TryGetWord(doc, i, out var role) && role == "possessive";

    private bool HasIntermediary(Doc doc, int start, int end)
    {
        for (int k = start; k < end; k++)
            if (lexicon.Intermediaries.TryMatch(doc, k, end, out _)) return true;
        return false;
    }

    /// <summary>"'s", "’s", or a bare apostrophe after a plural ("the ministers' spokesman").</summary>
    private static bool IsPossessiveMark(Doc doc, int i)
    {
        var w = doc.Text.AsSpan(doc.Start[i], doc.End[i] - doc.Start[i]);
        return w is "'s" or "’s" or "'S" or "’S" or "'" or "’";
    }

    private static bool IsLowerWord(Doc doc, int i) => char.IsLower(doc.Text[doc.Start[i]]);

    private static bool IsCapitalised(Doc doc, int i) => char.IsUpper(doc.Text[doc.Start[i]]);
}

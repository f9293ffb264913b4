using Dossier.Lexicons;
using Dossier.Text;

namespace Dossier.Extraction.Claims;

/// <summary>
/// Finds the source a sentence attributes its content to, with rules over tokens: "according to X",
/// "…, X said", "…, said X", "X said (that) …", and the speaker next to a direct quotation. Speaker spans
/// must look like a noun phrase: short, with no auxiliary, relative or conjunction word (and with a noun or
/// pronoun when POS tags exist).
/// </summary>
internal sealed class Attributor
{
    private const int MaxSpeaker = 8;
    private readonly ClaimsLexicon _lex;

    public Attributor(ClaimsLexicon lexicon) => _lex = lexicon;

    public ClaimsLexicon Lexicon => _lex;

    /// <summary>A speech verb; a capitalised form after a word is part of a name ("the United States").</summary>
    public bool IsSpeechVerb(Doc doc, int i, out SpeechVerb verb)
    {
        if (!_lex.SpeechVerbs.TryGetWord(doc, i, out verb!)) return false;
        return !(char.IsUpper(doc.Text[doc.Start[i]]) && i > 0 && char.IsLetter(doc.Text[doc.Start[i - 1]]));
    }

    /// <summary>"according to X" anywhere in [start, end): X runs to the next comma or the end.</summary>
    public bool TryAccordingTo(Doc doc, int start, int end, out Attribution found, out int phraseStart)
    {
        found = default;
        phraseStart = -1;
        for (int i = start; i < end; i++)
        {
            if (!_lex.Attribution.TryMatch(doc, i, end, out var m) || m.Value != "according-to") continue;
            int s = m.End, e = s;
            while (e < end && !IsPunct(doc, e, ',') && !IsPunct(doc, e, ';') && !IsFinal(doc, e) && e - s < 12) e++;
            if (e == s) continue;
            found = new Attribution(s, e, i, m.End, "according to", null, "according-to");
            phraseStart = i;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A speaker and cue that start at token <paramref name="a"/>: "said X" or "X said", reading to
    /// <paramref name="end"/>. Used after a closing quote mark and after the last comma of a sentence.
    /// </summary>
    public bool TryAfter(Doc doc, ClaimContext ctx, int a, int end, bool anyVerb, out Attribution found)
    {
        found = default;
        if (a < end && IsPunct(doc, a, ',')) a++;
        if (a >= end) return false;
        if (IsSpeechVerb(doc, a, out var verb) && verb.Inverts && (anyVerb || verb.TakesClause))
        {
            int e = SpeakerEndAfter(doc, a + 1, end);
            if (e > a + 1 && IsSpeaker(doc, ctx, a + 1, e))
            {
                found = new Attribution(a + 1, e, a, a + 1, verb.Lemma, Channel(doc, a, end), "said-x");
                return true;
            }

            return false;
        }

        for (int v = a + 1; v < end && v - a <= MaxSpeaker + 2; v++)
        {
            if (IsPunct(doc, v, ',') && IsSpeaker(doc, ctx, a, v) && TrySpeechAfterApposition(doc, v, end, anyVerb, out int cue, out verb))
            {
                // "Hanif, 31, told AFP", "Petinglay, a military spokeswoman, said".
                found = new Attribution(a, v, cue, cue + 1, verb.Lemma, Channel(doc, cue, end), "x-apposition-said");
                return true;
            }

            if (IsPunct(doc, v, ',') || IsFinal(doc, v) || IsQuoteMark(doc, v)) return false;
            if (!IsSpeechVerb(doc, v, out verb) || !(anyVerb || verb.TakesClause)) continue;
            int se = TrimAux(doc, ctx, a, v);
            if (se > a && IsSpeaker(doc, ctx, a, se))
            {
                found = new Attribution(a, se, v, v + 1, verb.Lemma, Channel(doc, v, end), "x-said");
                return true;
            }

            return false;
        }

        return false;
    }

    /// <summary>A comma-enclosed apposition of at most 8 tokens starting at comma c, then a speech verb.</summary>
    private bool TrySpeechAfterApposition(Doc doc, int c, int end, bool anyVerb, out int cue, out SpeechVerb verb)
    {
        cue = -1;
        verb = null!;
        for (int k = c + 1; k < end && k - c <= 9; k++)
        {
            if (IsFinal(doc, k) || IsQuoteMark(doc, k)) return false;
            if (!IsPunct(doc, k, ',')) continue;
            if (k + 1 < end && IsSpeechVerb(doc, k + 1, out verb) && (anyVerb || verb.TakesClause))
            {
                cue = k + 1;
                return true;
            }

            return false;
        }

        return false;
    }

    /// <summary>
    /// A speaker and cue before token <paramref name="before"/> in the sentence that starts at
    /// <paramref name="sentStart"/>: "X said: …", "X told AFP that …". The cue is the last speech verb.
    /// </summary>
    public bool TryBefore(Doc doc, ClaimContext ctx, int sentStart, int before, bool anyVerb, out Attribution found)
    {
        found = default;
        for (int v = before - 1; v >= sentStart; v--)
        {
            if (!IsSpeechVerb(doc, v, out var verb) || !(anyVerb || verb.TakesClause)) continue;
            // "was reported to have died" is passive: no speaker stands before it.
            if (v > sentStart && _lex.Stops.TryGetWord(doc, v - 1, out var aux) && aux == "be") return false;
            // "X, the health ministry spokesperson, said": the speaker is the name before the apposition.
            int speakerEnd = v;
            if (v - 1 >= sentStart && IsPunct(doc, v - 1, ','))
            {
                int c = v - 2;
                while (c >= sentStart && !IsPunct(doc, c, ',') && v - c <= 10) c--;
                if (c >= sentStart && IsPunct(doc, c, ',')) speakerEnd = c;
            }

            int s = speakerEnd - 1;
            while (s >= sentStart && !IsPunct(doc, s, ',') && !IsPunct(doc, s, ':') && !IsQuoteMark(doc, s) && speakerEnd - s <= MaxSpeaker + 6) s--;
            int start = s + 1;
            // "when he said", "and officials said": the clause word is not part of the speaker.
            while (start < speakerEnd && _lex.Stops.TryGetWord(doc, start, out var lead) && lead is "rel" or "conj" or "bridge") start++;
            int e = TrimAux(doc, ctx, start, CutAtVerb(doc, ctx, start, speakerEnd));
            if (e > start && IsSpeaker(doc, ctx, start, e))
            {
                found = new Attribution(start, e, v, v + 1, verb.Lemma, Channel(doc, v, before), "x-said-before");
                return true;
            }

            // "X condemned the attack, but added that …", "X claimed the attack, saying …": the speaker is the
            // subject of the sentence.
            bool participle = v - 1 >= sentStart && IsPunct(doc, v - 1, ',') && doc.Text[doc.End[v] - 1] == 'g';
            if (e <= start || participle)
            {
                int subjectEnd = sentStart;
                while (subjectEnd < v && !IsPunct(doc, subjectEnd, ',') && subjectEnd - sentStart < MaxSpeaker) subjectEnd++;
                subjectEnd = CutAtVerb(doc, ctx, sentStart, subjectEnd);
                if (subjectEnd > sentStart && IsSpeaker(doc, ctx, sentStart, subjectEnd) && !_lex.SpeechVerbs.TryGetWord(doc, sentStart, out _))
                {
                    found = new Attribution(sentStart, subjectEnd, v, v + 1, verb.Lemma, Channel(doc, v, before), "subject-said");
                    return true;
                }
            }

            // "said X:" with the speaker after the verb.
            int se = SpeakerEndAfter(doc, v + 1, before);
            bool punctuated = se + 1 == before && (IsPunct(doc, se, ',') || IsPunct(doc, se, ':'));
            if (se > v + 1 && (punctuated || se == before) && v + 1 < se && IsSpeaker(doc, ctx, v + 1, se) &&
                verb.Inverts && (punctuated || IsPunct(doc, before, ':')))
            {
                found = new Attribution(v + 1, se, v, v + 1, verb.Lemma, Channel(doc, v, before), "said-x-before");
                return true;
            }

            return false;
        }

        return false;
    }

    /// <summary>
    /// Whether the cue at <paramref name="cue"/> introduces a clause: always for "said"-like verbs, and for
    /// that-clause verbs ("claimed", "told") only with "that" within a few tokens ("told reporters that").
    /// </summary>
    public bool IntroducesClause(Doc doc, int cue, int end)
    {
        if (!IsSpeechVerb(doc, cue, out var verb)) return false;
        if (!verb.NeedsThat) return verb.TakesClause;
        for (int k = cue + 1; k < end && k - cue <= 4; k++)
        {
            if (_lex.Attribution.TryGetWord(doc, k, out var role) && role == "complementizer") return true;
            if (IsPunct(doc, k, ',') || IsFinal(doc, k)) return false;
        }

        return false;
    }

    /// <summary>A channel phrase near a cue ("on Twitter", "told AFP", "in a statement"), or null.</summary>
    public string? Channel(Doc doc, int cue, int end)
    {
        int limit = Math.Min(end, cue + 8);
        for (int k = cue + 1; k < limit; k++)
        {
            if (IsQuoteMark(doc, k) || IsFinal(doc, k)) break;
            if (_lex.Channels.TryMatch(doc, k, end, out var m)) return m.Value;
        }

        for (int k = cue - 1; k >= 0 && k >= cue - 6; k--)
        {
            if (IsQuoteMark(doc, k) || IsFinal(doc, k)) break;
            if (_lex.Channels.TryMatch(doc, k, cue, out var m) && m.End <= cue) return m.Value;
        }

        return null;
    }

    /// <summary>
    /// Whether tokens [start, end) can be a speaker: 1-8 tokens, starting with a letter, no auxiliary,
    /// relative or conjunction word, no speech verb; with tags, at least one noun, proper noun or pronoun.
    /// </summary>
    public bool IsSpeaker(Doc doc, ClaimContext ctx, int start, int end)
    {
        if (end - start is < 1 or > MaxSpeaker) return false;
        if (!char.IsLetter(doc.Text[doc.Start[start]])) return false;
        // A speaker never starts inside a word ("Obama's" split into "Obama ' s").
        if (start > 0 && doc.Start[start] == doc.End[start - 1]) return false;
        if (_lex.Stops.TryGetWord(doc, start, out var first) && first is "prep" or "toll-prep") return false;
        bool noun = !ctx.HasTags;
        for (int i = start; i < end; i++)
        {
            if (_lex.Stops.TryGetWord(doc, i, out var role) && role is "aux" or "be" or "rel" or "conj" or "speech" &&
                !(role == "conj" && i > start && i + 1 < end && IsCapitalised(doc, i - 1) && IsCapitalised(doc, i + 1)))
                return false; // "and" may join names: "Relief and Works Agency", "She and Ferguson"
            if (IsSpeechVerb(doc, i, out _) || IsQuoteMark(doc, i) || IsFinal(doc, i)) return false;
            if (ctx.HasTags)
            {
                var pos = doc.Pos[i];
                if (pos is Upos.VERB) return false;
                noun |= pos is Upos.NOUN or Upos.PROPN or Upos.PRON;
            }
        }

        return noun;
    }

    public bool IsPronoun(Doc doc, int start, int end) =>
        end - start == 1 && _lex.Attribution.TryGetWord(doc, start, out var role) && role == "pronoun";

    /// <summary>
    /// Where a speaker span ends at the first word that looks like a finite verb: a VERB tag, or without tags a
    /// lower-case "-ed" word not after a determiner ("Amnesty International issued a statement saying").
    /// </summary>
    private int CutAtVerb(Doc doc, ClaimContext ctx, int start, int end)
    {
        for (int k = start + 1; k < end; k++)
        {
            if (ctx.HasTags)
            {
                if (doc.Pos[k] is Upos.VERB) return k;
                continue;
            }

            var w = doc.Text.AsSpan(doc.Start[k], doc.End[k] - doc.Start[k]);
            if (w.Length < 5 || !char.IsLower(w[0]) || !w.EndsWith("ed", StringComparison.Ordinal)) continue;
            if (_lex.Stops.TryGetWord(doc, k - 1, out var prev) && prev == "det") continue;
            return k;
        }

        return end;
    }

    /// <summary>
    /// Drops auxiliaries, adverbs and discourse words between a speaker and its verb ("X has also said",
    /// "Blinken therefore warned"): bridge words from the lexicon, and any adverb when POS tags exist.
    /// </summary>
    private int TrimAux(Doc doc, ClaimContext ctx, int start, int end)
    {
        while (end > start && ((_lex.Stops.TryGetWord(doc, end - 1, out var role) && role is "aux" or "be" or "bridge") ||
                               (ctx.HasTags && doc.Pos[end - 1] is Upos.ADV)))
            end--;
        return end;
    }

    /// <summary>Where a speaker after its verb ends: at punctuation, a preposition, a channel or a quote.</summary>
    private int SpeakerEndAfter(Doc doc, int s, int end)
    {
        int e = s;
        while (e < end && e - s < MaxSpeaker + 1)
        {
            if (IsPunct(doc, e, ',') || IsFinal(doc, e) || IsQuoteMark(doc, e) || IsPunct(doc, e, ':')) break;
            if (e > s && _lex.Stops.TryGetWord(doc, e, out var role) && role is "prep" or "toll-prep" or "rel" or "conj" or "aux" or "be") break;
            if (e > s && _lex.Stops.TryGetWord(doc, e, out var r) && r is "prep" or "toll-prep" && _lex.Channels.TryMatch(doc, e, end, out _)) break;
            e++;
        }

        return e;
    }

    private static bool IsCapitalised(Doc doc, int i) => char.IsUpper(doc.Text[doc.Start[i]]);

    public static bool IsPunct(Doc doc, int i, char c) => doc.End[i] - doc.Start[i] == 1 && doc.Text[doc.Start[i]] == c;

    public static bool IsFinal(Doc doc, int i) =>
        doc.End[i] - doc.Start[i] == 1 && doc.Text[doc.Start[i]] is '.' or '!' or '?' or ';';

    public static bool IsQuoteMark(Doc doc, int i) =>
        doc.End[i] - doc.Start[i] == 1 && doc.Text[doc.Start[i]] is '"' or '“' or '”' or '«' or '»' or '‘' or '’';
}

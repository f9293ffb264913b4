using System.Globalization;
using Dossier.Extraction;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Extraction.Claims;

/// <summary>
/// Finds direct quotations (by their marks, across sentences and paragraphs), tells speech from scare
/// quotes, attributes each to a speaker, cue and channel, then finds reported speech without quote marks
/// ("X said that …", "…, according to X"). Rule-based over tokens; vocabulary in lexicon/claims/.
/// </summary>
public sealed class QuoteFinder : IComponent
{
    /// <summary>Quotes shorter than this many words with no closing punctuation inside are scare quotes.</summary>
    private const int MinSpeechWords = 5;

    /// <summary>Reported speech needs at least this many content tokens.</summary>
    private const int MinReportedTokens = 3;

    private readonly Attributor _attributor;
    private readonly RelayFinder _relay;
    private readonly CertaintyScope _scope;

    internal QuoteFinder(ClaimsLexicon lexicon)
    {
        _attributor = new Attributor(lexicon);
        _relay = new RelayFinder(lexicon, _attributor);
        _scope = new CertaintyScope(lexicon);
    }

    public ComponentInfo Info { get; } = new("quotes", Layer.Tokens | Layer.Sentences, Layer.Quotes);

    public static QuoteFinder Create(DossierHome home) => new(ClaimsLexicon.Load(home.Lexicon));

    internal static QuoteFinder Load(string lexiconRoot) => new(ClaimsLexicon.Load(lexiconRoot));

    public void Process(Doc doc, Workspace workspace)
    {
        var ctx = new ClaimContext(doc);
        var quotes = new List<Quote>();
        var segments = ctx.Segments;
        var covered = new bool[segments.Count];
        Quote? previous = null;
        int previousParagraph = -10;
        foreach (var span in QuoteMarkScanner.Scan(doc.Text))
        {
            var quote = Direct(doc, ctx, span, previous, previousParagraph);
            if (quote is null) continue;
            quotes.Add(quote);
            previous = quote;
            previousParagraph = ParagraphAt(doc, ctx, span.Close);
            MarkSegments(doc, segments, span, covered);
        }

        for (int s = 0; s < segments.Count; s++)
        {
            if (!covered[s] && Reported(doc, ctx, s) is { } reported) quotes.Add(reported);
        }

        quotes.Sort((a, b) => a.Content.Start != b.Content.Start ? a.Content.Start.CompareTo(b.Content.Start) : a.Content.End.CompareTo(b.Content.End));
        var status = Certainty(doc, ctx, quotes);
        var numbered = new Quote[quotes.Count];
        for (int k = 0; k < numbered.Length; k++)
        {
            numbered[k] = quotes[k] with { Id = "q" + (k + 1).ToString(CultureInfo.InvariantCulture) };
            if (status[k] is { } c) numbered[k] = numbered[k] with { Status = c.Cue.Status, StatusCue = c.Where };
        }
        doc.SetQuotes(numbered);
    }

    /// <summary>"The information could not be verified" makes the quotes it reaches back over unconfirmed (<see cref="CertaintyScope"/>).</summary>
    private CertaintyScope.Covering?[] Certainty(Doc doc, ClaimContext ctx, List<Quote> quotes)
    {
        var claims = new List<CertaintyScope.Claim>(quotes.Count);
        foreach (var q in quotes)
        {
            int t = Math.Min(FirstTokenAt(doc, q.Content.Start), doc.Count - 1);
            claims.Add(new(ctx.Segments.Of(t), q.Content, CertaintyScope.SourceKey(q.Speaker, q.SpeakerText)));
        }

        return _scope.Resolve(doc, ctx.Segments, claims, [.. quotes.Where(q => q.Direct).Select(q => q.Content)], forQuotes: true);
    }

    private Quote? Direct(Doc doc, ClaimContext ctx, QuoteSpan span, Quote? previous, int previousParagraph)
    {
        int first = FirstTokenAt(doc, span.ContentStart);
        int after = FirstTokenAt(doc, span.Close + 1);
        if (first >= after) return null;
        int words = 0;
        for (int t = first; t < after && words < MinSpeechWords; t++)
            if (char.IsLetterOrDigit(doc.Text[doc.Start[t]])) words++;
        char last = LastContentChar(doc.Text, span);
        bool clausal = last is '.' or ',' or '!' or '?' or '…' or '—';
        if (words < MinSpeechWords && !clausal) return null; // a scare quote or a title: '"armed criminals"'

        int openToken = first - 1;
        var segments = ctx.Segments;
        int sentStart = openToken >= 0 ? segments.Start[segments.Of(openToken)] : 0;
        bool opensSentence = openToken <= sentStart || OnlyIntroBefore(doc, sentStart, openToken);
        var attribution = FindDirectSpeaker(doc, ctx, span, first, after, openToken, sentStart, last, out bool fromAfter);
        string rule;
        // A short quotation counts as speech only with its own cue after it ('"Terrorists," he said'):
        // a short phrase quoted inside a reported clause is a term ('called it a "vicious attack."').
        if (words < MinSpeechWords && !fromAfter) return null;
        if (attribution is { } a)
        {
            rule = "direct." + a.Rule;
            return Build(doc, ctx, span, a, rule);
        }

        // A short unattributed quotation inside a sentence is a term or a title, not speech.
        if (!opensSentence && words < MinSpeechWords) return null;
        if (!opensSentence && !clausal) return null;
        int paragraph = ParagraphAt(doc, ctx, span.Open);
        if (previous is not null && previous.Direct && paragraph - previousParagraph <= 1 && previous.SpeakerText is not null)
        {
            // "…," X said. "…": the next quotation in the same or the next paragraph continues the speaker.
            return new Quote("", previous.Speaker, new CharRange(span.ContentStart, span.ContentEnd),
                doc.Text[span.ContentStart..span.ContentEnd], previous.Cue, true, previous.Channel, "direct.continued",
                previous.SpeakerText, previous.SpeakerSpan, previous.Via);
        }

        return new Quote("", null, new CharRange(span.ContentStart, span.ContentEnd),
            doc.Text[span.ContentStart..span.ContentEnd], null, true, null, "direct.unattributed");
    }

    private Attribution? FindDirectSpeaker(Doc doc, ClaimContext ctx, QuoteSpan span, int first, int after, int openToken,
        int sentStart, char last, out bool fromAfter)
    {
        // After the quotation: '"…," the minister said', '"…," said the minister', '"…." Mr. X said.'
        fromAfter = false;
        int closeToken = after - 1;
        int limit = LimitAfter(doc, ctx.Segments, after);
        var segments = ctx.Segments;
        if (after < doc.Count && closeToken >= 0 && Attributor.IsQuoteMark(doc, closeToken) &&
            segments.Paragraph[segments.Of(after)] == segments.Paragraph[segments.Of(closeToken)] &&
            _attributor.TryAfter(doc, ctx, after, limit, anyVerb: true, out var a) &&
            (last is not ('.' or '!' or '?') || ctx.Segments.End[ctx.Segments.Of(after)] - Math.Max(a.SpeakerEnd, a.CueEnd) <= 6))
        {
            // After a quotation closed by a full stop, only a short attribution ends the sentence
            // ('"…." Mr. X said in an interview.'); a long clause is a new sentence with its own speaker.
            fromAfter = true;
            return a;
        }

        // Before it: 'X said: "…"', 'X told AFP, "…"', 'X said that "…"', and partial quotes mid-sentence.
        if (openToken > sentStart)
        {
            int b = openToken;
            if (Attributor.IsPunct(doc, b - 1, ':') && b - 1 > sentStart)
            {
                if (_attributor.TryBefore(doc, ctx, sentStart, b - 1, anyVerb: true, out var colon)) return colon;
                int start = ClauseStart(doc, sentStart, b - 1);
                if (_attributor.IsSpeaker(doc, ctx, start, b - 1) && b - 1 - start <= 6)
                    return new Attribution(start, b - 1, -1, -1, "", null, "colon");
            }

            if (_attributor.TryBefore(doc, ctx, sentStart, b, anyVerb: true, out var before)) return before;
            if (_attributor.TryAccordingTo(doc, sentStart, b, out var according, out _)) return according;
        }

        // 'X said:' closing the previous sentence.
        if (openToken > 0 && openToken == sentStart)
        {
            int prev = ctx.Segments.Of(openToken - 1);
            int pe = ctx.Segments.End[prev];
            if (Attributor.IsPunct(doc, pe - 1, ':') && _attributor.TryBefore(doc, ctx, ctx.Segments.Start[prev], pe - 1, anyVerb: true, out var p))
                return p with { Rule = "previous-sentence" };
        }

        return null;
    }

    /// <summary>Reported speech in sentence s: "X said (that) …", "…, X said.", "according to X, …".</summary>
    private Quote? Reported(Doc doc, ClaimContext ctx, int s)
    {
        int start = ctx.Segments.Start[s], end = ctx.Segments.End[s];
        while (end > start && (Attributor.IsFinal(doc, end - 1) || Attributor.IsQuoteMark(doc, end - 1))) end--;
        if (end - start < MinReportedTokens + 2 || IsHeadline(doc, start, end)) return null;

        // "X said (on Friday) (that) CONTENT", with the speaker as the subject of the sentence.
        if (Leading(doc, ctx, start, end) is { } leading) return leading;

        if (_attributor.TryAccordingTo(doc, start, end, out var acc, out int phraseStart))
        {
            // "According to X, CONTENT" or "CONTENT, according to X".
            if (phraseStart == start && acc.SpeakerEnd < end && Attributor.IsPunct(doc, acc.SpeakerEnd, ','))
                return MakeReported(doc, ctx, acc.SpeakerEnd + 1, end, acc);
            if (acc.SpeakerEnd == end && phraseStart > start && Attributor.IsPunct(doc, phraseStart - 1, ','))
                return MakeReported(doc, ctx, start, phraseStart - 1, acc);
        }

        return Trailing(doc, ctx, start, end);
    }

    private Quote? Leading(Doc doc, ClaimContext ctx, int start, int end)
    {
        for (int v = start + 1; v < end && v - start <= 16; v++)
        {
            if (!_attributor.IsSpeechVerb(doc, v, out var verb) || !verb.TakesClause) continue;
            if (!_attributor.TryBefore(doc, ctx, start, v + 1, anyVerb: false, out var lead) || lead.Cue != v) return null;
            int content = ContentStartAfterCue(doc, v + 1, end, out bool hadThat, out bool hadChannel);
            // "accused the union of … and said the government …": a verb without its clause; try the next one.
            if (content < 0 || (!hadThat && !hadChannel && verb.NeedsThat)) continue;
            return end - content >= MinReportedTokens ? MakeReported(doc, ctx, content, end, lead with { Rule = "leading." + lead.Rule }) : null;
        }

        return null;
    }

    /// <summary>"CONTENT, X said [in a statement].", "CONTENT, said X.", "CONTENT, his spokesman, X, wrote on Twitter."</summary>
    private Quote? Trailing(Doc doc, ClaimContext ctx, int start, int end)
    {
        int last = -1;
        for (int c = end - 2; c > start + MinReportedTokens - 1; c--)
        {
            if (!Attributor.IsPunct(doc, c, ',')) continue;
            if (last < 0)
            {
                last = c;
                if (_attributor.TryAfter(doc, ctx, c + 1, end, anyVerb: false, out var trailing) && end - trailing.CueEnd <= 8 &&
                    Math.Max(trailing.SpeakerEnd, trailing.CueEnd) >= end - 8)
                    return MakeReported(doc, ctx, start, c, trailing with { Rule = "trailing." + trailing.Rule });
                // Only "…, his spokesman, X, wrote on Twitter.": a clause verb with at most a short tail.
                if (!_attributor.IsSpeechVerb(doc, c + 1, out var verb) || !verb.TakesClause || verb.NeedsThat || end - (c + 2) > 4) return null;
                continue;
            }

            // The speaker is the apposition between this comma and the last one.
            if (last - c > 6) return null;
            if (!_attributor.IsSpeaker(doc, ctx, c + 1, last)) return null;
            _attributor.IsSpeechVerb(doc, last + 1, out var cue);
            int contentEnd = c;
            for (int k = c - 1; k > start && c - k <= 4; k--)
                if (Attributor.IsPunct(doc, k, ',')) { contentEnd = k; break; }
            var a = new Attribution(c + 1, last, last + 1, last + 2, cue.Lemma, _attributor.Channel(doc, last + 1, end), "trailing.apposition");
            return contentEnd - start >= MinReportedTokens ? MakeReported(doc, ctx, start, contentEnd, a) : null;
        }

        return null;
    }

    /// <summary>
    /// Where reported content starts after a cue: after "that" when it comes within a few tokens (skipping
    /// "on Friday", "in a statement", "reporters"), else right after the cue; -1 when the cue has no clause.
    /// </summary>
    private int ContentStartAfterCue(Doc doc, int i, int end, out bool hadThat, out bool hadChannel)
    {
        hadThat = false;
        hadChannel = false;
        for (int k = i; k < end && k - i <= 10; k++)
        {
            if (Attributor.IsPunct(doc, k, ',') && k == i) continue;
            if (Attributor.IsPunct(doc, k, ',') || Attributor.IsQuoteMark(doc, k)) break;
            if (_attributor.Lexicon.Attribution.TryGetWord(doc, k, out var role) && role == "complementizer")
            {
                hadThat = true;
                return k + 1;
            }
        }

        // "told reporters the ...", "said in a statement the ...": the channel is not part of the content.
        while (i < end && _attributor.Lexicon.Channels.TryMatch(doc, i, end, out var channel))
        {
            hadChannel = true;
            i = channel.End;
        }

        // "reported from Gaza City": a clause does not start with a preposition.
        bool prep = i < end && _attributor.Lexicon.Stops.TryGetWord(doc, i, out var r) && r is "prep" or "toll-prep" &&
                    !_attributor.Lexicon.Qualifiers.TryMatch(doc, i, end, out _); // "said at least 23 …" is a clause
        return i >= end || prep || Attributor.IsPunct(doc, i, ',') || Attributor.IsQuoteMark(doc, i) || Attributor.IsPunct(doc, i, ':') ? -1 : i;
    }

    private Quote MakeReported(Doc doc, ClaimContext ctx, int contentStart, int contentEnd, Attribution a)
    {
        var content = new CharRange(doc.Start[contentStart], doc.End[contentEnd - 1]);
        int seg = ctx.Segments.Of(contentStart);
        int segStart = ctx.Segments.Start[seg], segEnd = ctx.Segments.End[seg];
        // "announced on Twitter that …": the channel sits between the cue and the content.
        if (a.Channel is null && a.Cue >= 0 && a.Cue < contentStart) a = a with { Channel = _attributor.Channel(doc, a.Cue, contentStart) };
        var who = Speaker(doc, ctx, a, segStart, segEnd, contentStart, contentEnd);
        return new Quote("", who.Id, content, doc.Text[content.Start..content.End], a.CueLemma.Length > 0 ? a.CueLemma : null,
            false, who.Channel, "reported." + a.Rule, who.Text, who.Span, who.Via);
    }

    private Quote Build(Doc doc, ClaimContext ctx, QuoteSpan span, Attribution a, string rule)
    {
        int open = FirstTokenAt(doc, span.Open), after = Math.Min(FirstTokenAt(doc, span.Close + 1), doc.Count);
        var segments = ctx.Segments;
        int scanStart = segments.Start[segments.Of(Math.Min(open, doc.Count - 1))];
        int scanEnd = after < doc.Count ? segments.End[segments.Of(after)] : doc.Count;
        var who = Speaker(doc, ctx, a, scanStart, scanEnd, open, after);
        return new Quote("", who.Id, new CharRange(span.ContentStart, span.ContentEnd), doc.Text[span.ContentStart..span.ContentEnd],
            a.CueLemma.Length > 0 ? a.CueLemma : null, true, who.Channel, rule, who.Text, who.Span, who.Via);
    }

    /// <summary>The speaker as resolved: actor id, text, span, the intermediary who relayed the words, and the channel.</summary>
    private readonly record struct Speaking(string? Id, string Text, CharRange Span, Intermediary? Via, string? Channel);

    /// <summary>
    /// The speaker's actor id, text and span; a pronoun resolves to the last person named before it. When an
    /// intermediary relays the words ("X's spokesman Y", "X, through his lawyer, said", "…, as his spokesman Y
    /// announced on Twitter") the speaker is the principal X and the intermediary is recorded; a possessive
    /// principal that cannot be resolved ("his spokesman" with no person before) leaves the phrase as written.
    /// [scanStart, scanEnd) is the sentence to look for an "as" clause in, outside the content [contentFrom, contentTo).
    /// </summary>
    private Speaking Speaker(Doc doc, ClaimContext ctx, Attribution a, int scanStart, int scanEnd, int contentFrom, int contentTo)
    {
        int ps = a.SpeakerStart, pe = a.SpeakerEnd;
        (int Start, int End)? via = null;
        string? channel = a.Channel;
        int relayLimit = contentFrom > a.CueEnd ? contentFrom : scanEnd;
        if (_relay.TrySplit(doc, ps, pe, out var principal, out var split))
        {
            (ps, pe, via) = (principal.Start, principal.End, split);
        }
        else if ((a.Cue > a.SpeakerEnd && _relay.TryRelayPhrase(doc, a.SpeakerEnd, a.Cue, out var near)) ||
                 (a.CueEnd > 0 && _relay.TryRelayPhrase(doc, a.CueEnd, Math.Min(relayLimit, a.CueEnd + 6), out near)))
        {
            via = near;
        }
        else if (_relay.TryAsClause(doc, ctx, scanStart, scanEnd, contentFrom, contentTo, out var clause, out var asChannel) &&
                 !(clause.Start <= a.SpeakerStart && clause.End >= a.SpeakerEnd))
        {
            via = clause;
            channel ??= asChannel;
        }

        var span = new CharRange(doc.Start[ps], doc.End[pe - 1]);
        if (pe - ps == 1 && _relay.IsPossessivePronoun(doc, ps))
        {
            // "his spokesman said": "his" names the principal only when the actor layer resolves it (coreference);
            // the last person named is too often someone else, so otherwise the spokesman speaks as written.
            if (ctx.ActorAt(span) is null)
            {
                span = new CharRange(doc.Start[a.SpeakerStart], doc.End[a.SpeakerEnd - 1]);
                via = null;
            }
        }
        else if (_attributor.IsPronoun(doc, ps, pe) && ctx.HasEntities &&
                 ctx.PersonBefore(Math.Min(span.Start, doc.Start[Math.Min(contentFrom, doc.Count - 1)])) is { } person)
        {
            // A name inside the words reported is not who "he" is ("Smith is in the capital, he said": he is not
            // Smith), so the person is looked for before the content as well as before the pronoun.
            span = person;
        }

        Intermediary? relay = via is { } v ? Relay(doc, ctx, v.Start, v.End) : null;
        return new Speaking(ctx.ActorAt(span), doc.Text[span.Start..span.End], span, relay, channel);
    }

    private static Intermediary Relay(Doc doc, ClaimContext ctx, int start, int end)
    {
        var span = new CharRange(doc.Start[start], doc.End[end - 1]);
        return new Intermediary(ctx.ActorAt(span), doc.Text[span.Start..span.End], span);
    }

    /// <summary>A segment written in capitals is a headline or a link teaser, not a report.</summary>
    private static bool IsHeadline(Doc doc, int start, int end)
    {
        int upper = 0, lower = 0;
        for (int c = doc.Start[start]; c < doc.End[end - 1]; c++)
        {
            if (char.IsUpper(doc.Text[c])) upper++;
            else if (char.IsLower(doc.Text[c])) lower++;
        }

        return upper > 3 * lower;
    }

    /// <summary>True when only an introductory phrase ending in a comma or colon precedes the quote.</summary>
    private static bool OnlyIntroBefore(Doc doc, int sentStart, int openToken) =>
        openToken > sentStart && (Attributor.IsPunct(doc, openToken - 1, ':') || Attributor.IsQuoteMark(doc, openToken - 1));

    private static int ClauseStart(Doc doc, int sentStart, int before)
    {
        int s = before - 1;
        while (s >= sentStart && !Attributor.IsPunct(doc, s, ',') && !Attributor.IsQuoteMark(doc, s)) s--;
        return s + 1;
    }

    private static int LimitAfter(Doc doc, Segments segments, int token)
    {
        if (token >= doc.Count) return doc.Count;
        int end = segments.End[segments.Of(token)];
        // A sentence split right after the closing mark ends at the first full stop after it.
        for (int t = token; t < end; t++)
            if (Attributor.IsFinal(doc, t) || Attributor.IsQuoteMark(doc, t)) return t;
        return end;
    }

    private static char LastContentChar(string text, QuoteSpan span)
    {
        for (int i = span.Close - 1; i >= span.ContentStart; i--)
            if (!char.IsWhiteSpace(text[i])) return text[i];
        return '\0';
    }

    private static int FirstTokenAt(Doc doc, int offset)
    {
        int i = Array.BinarySearch(doc.Start, offset);
        return i >= 0 ? i : ~i;
    }

    private static int ParagraphAt(Doc doc, ClaimContext ctx, int offset)
    {
        int t = Math.Min(FirstTokenAt(doc, offset), doc.Count - 1);
        return t < 0 ? 0 : ctx.Segments.Paragraph[ctx.Segments.Of(t)];
    }

    private static void MarkSegments(Doc doc, Segments segments, QuoteSpan span, bool[] covered)
    {
        int first = FirstTokenAt(doc, span.Open);
        // The last content token: a closing mark after a full stop may already sit in the next sentence.
        int last = Math.Min(FirstTokenAt(doc, span.Close), doc.Count) - 1;
        if (first >= doc.Count || last < first) return;
        for (int s = segments.Of(first); s <= segments.Of(last); s++) covered[s] = true;
    }
}

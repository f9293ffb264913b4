using Dossier.Serialization;

namespace Dossier.Web.Tests.Fixtures;

/// <summary>
/// Builds dossier/1 records by hand for UI rendering tests: annotations are placed on phrases found in the
/// text, so every offset is real. These stand in for pipeline layers not built yet, and only in tests.
/// </summary>
internal sealed class RecordBuilder(string id, string text, string? title, string? date)
{
    private readonly List<EntityOut> _entities = [];
    private readonly List<EventOut> _events = [];
    private readonly List<QuoteOut> _quotes = [];
    private readonly List<FigureOut> _figures = [];
    private readonly List<TimexOut> _timexes = [];

    public string Text => text;

    /// <summary>The range of the <paramref name="nth"/> occurrence (0-based) of a phrase; fails if absent.</summary>
    public RangeOut Find(string phrase, int nth = 0)
    {
        int at = -1;
        for (int i = 0; i <= nth; i++)
        {
            at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new InvalidOperationException($"'{phrase}' (#{nth}) is not in the fixture text");
        }

        return new RangeOut(at, at + phrase.Length);
    }

    /// <summary>The range of the sentence-like stretch from <paramref name="from"/> to the end of <paramref name="to"/>.</summary>
    public RangeOut Span(string from, string to)
    {
        var a = Find(from);
        int end = text.IndexOf(to, a.Start, StringComparison.Ordinal);
        if (end < 0) throw new InvalidOperationException($"'{to}' does not follow '{from}'");
        return new RangeOut(a.Start, end + to.Length);
    }

    public RecordBuilder Entity(string entityId, string name, string type, string[] mentions,
        params (string Key, string Value)[] attributes)
    {
        var ms = mentions.Select(Occurrence).Select(r => new MentionOut(r.Start, r.End, text[r.Start..r.End], "named", "fixture")).ToList();
        var attrs = attributes.GroupBy(a => a.Key, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<AttributeOut>)[.. g.Select(a => Attribute(a.Value))],
            StringComparer.Ordinal);
        _entities.Add(new EntityOut(entityId, name, type, attrs, ms));
        return this;

        AttributeOut Attribute(string value)
        {
            var r = Find(value);
            return new AttributeOut(value, r.Start, r.End, "fixture", "asserted", null);
        }
    }

    /// <summary>"phrase" is its first occurrence; "phrase@2" its third.</summary>
    private RangeOut Occurrence(string spec)
    {
        int at = spec.LastIndexOf('@');
        return at < 0 ? Find(spec) : Find(spec[..at], int.Parse(spec[(at + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    public RecordBuilder Event(string eventId, string type, string? source, string? target, string? eventDate,
        RangeOut evidence, string modality = "asserted", string? attributedTo = null, bool negated = false, string? dateBasis = null)
    {
        _events.Add(new EventOut(eventId, type, null, null, source, target, null, eventDate, negated, modality, attributedTo, evidence, "fixture",
            DateBasis: dateBasis ?? (eventDate is null ? null : "text")));
        return this;
    }

    public RecordBuilder Quote(string quoteId, string? speaker, string quoted, string? cue, string? channel)
    {
        var r = Find(quoted);
        _quotes.Add(new QuoteOut(quoteId, speaker, r.Start, r.End, quoted, cue, true, channel, "fixture", null, null));
        return this;
    }

    public RecordBuilder Figure(string figureId, string kind, double value, string qualifier, string? subject,
        string? attributedTo, string evidence)
    {
        _figures.Add(new FigureOut(figureId, kind, value, null, qualifier, subject, attributedTo, "reported", Find(evidence), "fixture", null, null));
        return this;
    }

    public RecordBuilder Timex(string timexId, string phrase, string type, string? value)
    {
        var r = Find(phrase);
        _timexes.Add(new TimexOut(timexId, r.Start, r.End, phrase, type, value, "fixture", null));
        return this;
    }

    /// <summary>The record, with sentences taken from a real analysis of the same text.</summary>
    public DossierOutput Build(IReadOnlyList<RangeOut> sentences) => new(
        DossierJson.SchemaVersion,
        new DocumentOut(id, title, null, date, text),
        ["text", "tokens", "sentences", "actors", "timexes", "quotes", "events", "figures"],
        [],
        sentences,
        null,
        _entities,
        _events,
        _quotes,
        _figures,
        _timexes);
}

using Dossier.Extraction.Claims;
using System.Globalization;
using Dossier.Extraction.Actors;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Serialization;

/// <summary>Turns an analysed <see cref="Doc"/> into the dossier/1 output shape. Layers not computed stay empty.</summary>
public static class OutputBuilder
{
    public static DossierOutput Build(Doc doc, bool includeTokens)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return new DossierOutput(
            DossierJson.SchemaVersion,
            BuildDocument(doc),
            LayerNames.Of(doc.Layers),
            [.. doc.Boilerplate.Select(r => new RangeOut(r.Start, r.End))],
            BuildSentences(doc),
            includeTokens ? BuildTokens(doc) : null,
            [.. doc.Actors.Select(a => BuildEntity(doc, a))],
            [.. doc.Events.Select(e => new EventOut(e.Id, e.Type, e.Mode, e.Cameo, e.Source, e.Target, e.Location,
                e.Date, e.Negated, e.Modality, e.AttributedTo, new RangeOut(e.Evidence.Start, e.Evidence.End), e.Rule,
                e.SourceText, e.TargetText, e.LocationText, e.Figures ?? [], e.DateBasis, e.DateTimex, e.LocationBasis,
                e.AttributedText, e.Quote))],
            [.. doc.Quotes.Select(q => new QuoteOut(q.Id, q.Speaker, q.Content.Start, q.Content.End, q.Text, q.Cue,
                q.Direct, q.Channel, q.Rule, q.SpeakerText, Range(q.SpeakerSpan),
                q.Via is { } via ? new IntermediaryOut(via.Actor, via.Text, via.Span.Start, via.Span.End) : null, q.Status, Cue(q.StatusCue)))],
            [.. doc.Figures.Select(f => new FigureOut(f.Id, f.Kind, f.Value, f.ValueMax, f.Qualifier, f.Subject,
                f.AttributedTo, f.Status, new RangeOut(f.Evidence.Start, f.Evidence.End), f.Rule, f.SourceText, Range(f.SourceSpan),
                Cue(f.StatusCue)))],
            [.. doc.Timexes.Select(t => new TimexOut(t.Id, t.Span.Start, t.Span.End, t.Text, t.Type, t.Value, t.Rule, t.Mod))]);
    }

    private static RangeOut? Range(CharRange? range) => range is { } r ? new RangeOut(r.Start, r.End) : null;

    private static StatusCueOut? Cue(StatusCue? cue) => cue is null ? null : new StatusCueOut(cue.Text, cue.Span.Start, cue.Span.End);

    private static DocumentOut BuildDocument(Doc doc) => new(
        doc.Info.Id,
        doc.Info.Title,
        doc.Info.Url,
        doc.Info.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        doc.Text);

    private static RangeOut[] BuildSentences(Doc doc)
    {
        var sentences = new RangeOut[doc.SentenceCount];
        for (int s = 0; s < sentences.Length; s++)
        {
            var span = doc.Sentence(s);
            sentences[s] = new RangeOut(span.CharStart, span.CharEnd);
        }

        return sentences;
    }

    private static TokenOut[] BuildTokens(Doc doc)
    {
        bool tags = doc.Has(Layer.Tags), lemmas = doc.Has(Layer.Lemmas), heads = doc.Has(Layer.Heads);
        var tokens = new TokenOut[doc.Count];
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = doc[i];
            tokens[i] = new TokenOut(
                t.Start,
                t.End,
                t.Text.ToString(),
                lemmas ? t.Lemma : null,
                tags ? t.Pos.ToString() : null,
                tags ? t.Xpos : null,
                heads && t.HeadIndex >= 0 ? t.HeadIndex : null,
                heads ? t.Deprel : null);
        }

        return tokens;
    }

    private static EntityOut BuildEntity(Doc doc, Actor actor)
    {
        var attributes = new Dictionary<string, IReadOnlyList<AttributeOut>>(StringComparer.Ordinal);
        foreach (var group in actor.Attributes.GroupBy(a => a.Key, StringComparer.Ordinal)
                     .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            attributes[group.Key] = [.. group.Select(a => new AttributeOut(a.Value, a.Start, a.End, a.Rule, a.Status, a.Qualifier))];
        }

        var mentions = actor.Mentions
            .Select(m => new MentionOut(m.Start, m.End, doc.Text[m.Start..m.End], m.Kind.ToString().ToLowerInvariant(), m.Rule))
            .ToList();
        return new EntityOut(actor.Id, actor.Name, actor.Type, attributes, mentions);
    }
}

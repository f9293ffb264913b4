using Dossier.Serialization;

namespace Dossier.Store;

/// <summary>Rows of every layer table for a batch of documents, gathered before one bulk insert per table.</summary>
internal sealed class LayerRows
{
    private readonly Dictionary<TableSpec, List<object?[]>> _rows = [];

    public IEnumerable<(TableSpec Table, List<object?[]> Rows)> Tables =>
        LayerTables.All.Concat(CorpusTables.All).Where(_rows.ContainsKey).Select(t => (t, _rows[t]));

    /// <summary>
    /// Flattens one document's layers; <c>ord</c> columns keep each list's order for loading back.
    /// <paramref name="actors"/> holds each entity's corpus actor link, in entity order.
    /// </summary>
    public void Add(long docKey, DossierOutput output, ActorLink[] actors)
    {
        for (int i = 0; i < output.Boilerplate.Count; i++)
            Row(LayerTables.Boilerplate, docKey, i, output.Boilerplate[i].Start, output.Boilerplate[i].End);
        for (int i = 0; i < output.Sentences.Count; i++)
            Row(LayerTables.Sentences, docKey, i, output.Sentences[i].Start, output.Sentences[i].End);
        for (int i = 0; i < output.Entities.Count; i++) AddEntity(docKey, i, output.Entities[i], actors[i]);
        for (int i = 0; i < output.Events.Count; i++)
        {
            var e = output.Events[i];
            Row(LayerTables.Events, docKey, i, e.Id, e.Type, e.Mode, e.Cameo, e.Source, e.Target, e.Location, e.Date,
                e.Negated, e.Modality, e.AttributedTo, e.Evidence.Start, e.Evidence.End, e.Rule, e.SourceText, e.TargetText,
                e.LocationText, e.Figures is null ? null : string.Join(' ', e.Figures), e.DateBasis, e.DateTimex, e.LocationBasis,
                e.AttributedText, e.Quote);
        }

        for (int i = 0; i < output.Quotes.Count; i++)
        {
            var q = output.Quotes[i];
            Row(LayerTables.Quotes, docKey, i, q.Id, q.Speaker, q.Start, q.End, q.Text, q.Cue, q.Direct, q.Channel, q.Rule,
                q.SpeakerText, q.SpeakerSpan?.Start, q.SpeakerSpan?.End, q.Via?.Actor, q.Via?.Text, q.Via?.Start, q.Via?.End,
                q.Status, q.StatusCue?.Text, q.StatusCue?.Start, q.StatusCue?.End);
        }

        for (int i = 0; i < output.Figures.Count; i++)
        {
            var f = output.Figures[i];
            Row(LayerTables.Figures, docKey, i, f.Id, f.Kind, f.Value, f.ValueMax, f.Qualifier, f.Subject, f.AttributedTo,
                f.Status, f.Evidence.Start, f.Evidence.End, f.Rule, f.SourceText, f.SourceSpan?.Start, f.SourceSpan?.End,
                f.StatusCue?.Text, f.StatusCue?.Start, f.StatusCue?.End);
        }

        for (int i = 0; i < output.Timexes.Count; i++)
        {
            var t = output.Timexes[i];
            Row(LayerTables.Timexes, docKey, i, t.Id, t.Start, t.End, t.Text, t.Type, t.Value, t.Rule, t.Mod);
        }
    }

    /// <summary>Adds one row to a table outside the document layers (the corpus link tables).</summary>
    public void AddRow(TableSpec table, params object?[] values) => Row(table, values);

    private void AddEntity(long docKey, int ord, EntityOut entity, ActorLink actor)
    {
        Row(LayerTables.Entities, docKey, ord, entity.Id, entity.Name, entity.Type, actor.ActorId, actor.Rule);
        int a = 0;
        foreach (var (key, values) in entity.Attributes)
        {
            foreach (var v in values)
                Row(LayerTables.Attributes, docKey, ord, a++, key, v.Value, v.Start, v.End, v.Rule, v.Status, v.Qualifier);
        }

        for (int m = 0; m < entity.Mentions.Count; m++)
        {
            var x = entity.Mentions[m];
            Row(LayerTables.Mentions, docKey, ord, m, x.Start, x.End, x.Text, x.Kind, x.Rule);
        }
    }

    private void Row(TableSpec table, params object?[] values)
    {
        if (!_rows.TryGetValue(table, out var list)) _rows[table] = list = [];
        list.Add(values);
    }
}

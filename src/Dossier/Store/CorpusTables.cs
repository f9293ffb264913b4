namespace Dossier.Store;

/// <summary>The cross-document link tables bulk-inserted with a batch, after the layer tables.</summary>
internal static class CorpusTables
{
    public static readonly TableSpec EventMentions = new("corpus_event_mentions",
        [("doc_key", ColumnKind.Long), ("event_ord", ColumnKind.Int), ("corpus_event_id", ColumnKind.Long),
         ("story_id", ColumnKind.Long), ("rule", ColumnKind.Text)]);

    public static readonly TableSpec EventFigures = new("corpus_event_figures",
        [("corpus_event_id", ColumnKind.Long), ("doc_key", ColumnKind.Long), ("figure_ord", ColumnKind.Int)]);

    public static IReadOnlyList<TableSpec> All { get; } = [EventMentions, EventFigures];
}

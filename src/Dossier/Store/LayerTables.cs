namespace Dossier.Store;

/// <summary>The per-layer child tables of a document, in insertion order (parents before children).</summary>
internal static class LayerTables
{
    private const ColumnKind I = ColumnKind.Int, L = ColumnKind.Long, D = ColumnKind.Double, B = ColumnKind.Bool, T = ColumnKind.Text;

    public static readonly TableSpec Boilerplate = new("boilerplate",
        [("doc_key", L), ("ord", I), ("char_start", I), ("char_end", I)]);

    public static readonly TableSpec Sentences = new("sentences",
        [("doc_key", L), ("ord", I), ("char_start", I), ("char_end", I)]);

    public static readonly TableSpec Entities = new("entities",
        [("doc_key", L), ("ord", I), ("id", T), ("name", T), ("type", T), ("corpus_actor_id", L), ("merge_rule", T)]);

    public static readonly TableSpec Attributes = new("entity_attributes",
        [("doc_key", L), ("entity_ord", I), ("ord", I), ("key", T), ("value", T), ("char_start", I), ("char_end", I),
         ("rule", T), ("status", T), ("qualifier", T)]);

    public static readonly TableSpec Mentions = new("mentions",
        [("doc_key", L), ("entity_ord", I), ("ord", I), ("char_start", I), ("char_end", I), ("text", T), ("kind", T),
         ("rule", T)]);

    public static readonly TableSpec Events = new("events",
        [("doc_key", L), ("ord", I), ("id", T), ("type", T), ("mode", T), ("cameo", T), ("source", T), ("target", T),
         ("location", T), ("date", T), ("negated", B), ("modality", T), ("attributed_to", T), ("evidence_start", I),
         ("evidence_end", I), ("rule", T), ("source_text", T), ("target_text", T), ("location_text", T), ("figures", T),
         ("date_basis", T), ("date_timex", T), ("location_basis", T), ("attributed_text", T), ("quote", T)]);

    public static readonly TableSpec Quotes = new("quotes",
        [("doc_key", L), ("ord", I), ("id", T), ("speaker", T), ("char_start", I), ("char_end", I), ("text", T),
         ("cue", T), ("direct", B), ("channel", T), ("rule", T), ("speaker_text", T), ("speaker_start", I), ("speaker_end", I),
         ("via_actor", T), ("via_text", T), ("via_start", I), ("via_end", I), ("status", T), ("status_cue_text", T),
         ("status_cue_start", I), ("status_cue_end", I)]);

    public static readonly TableSpec Figures = new("figures",
        [("doc_key", L), ("ord", I), ("id", T), ("kind", T), ("value", D), ("value_max", D), ("qualifier", T),
         ("subject", T), ("attributed_to", T), ("status", T), ("evidence_start", I), ("evidence_end", I), ("rule", T),
         ("source_text", T), ("source_start", I), ("source_end", I), ("status_cue_text", T), ("status_cue_start", I),
         ("status_cue_end", I)]);

    public static readonly TableSpec Timexes = new("timexes",
        [("doc_key", L), ("ord", I), ("id", T), ("char_start", I), ("char_end", I), ("text", T), ("type", T),
         ("value", T), ("rule", T), ("mod", T)]);

    public static IReadOnlyList<TableSpec> All { get; } =
        [Boilerplate, Sentences, Entities, Attributes, Mentions, Events, Quotes, Figures, Timexes];
}

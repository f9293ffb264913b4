using Dossier.Store;

namespace Dossier.Corpus.Export;

/// <summary>
/// The corpus-level tables <c>dossier export --corpus</c> writes: clustered events with their support, sources
/// and figures side by side, and merged actors. Columns are shared by the CLI's JSON output.
/// </summary>
internal static class CorpusTable
{
    public static readonly string[] EventColumns =
    [
        "corpus_event_id", "date_from", "date_to", "plover_type", "cameo_root", "negated", "source_name", "source_code",
        "target_name", "target_code", "location", "support", "documents", "mentions", "document_ids", "urls", "figures",
        "figure_conflicts",
    ];

    public static readonly string[] ActorColumns =
        ["corpus_actor_id", "name", "type", "country", "code", "names", "documents", "mentions", "events"];

    /// <summary>Multi-valued cells are joined with this separator.</summary>
    public const string Separator = "; ";

    public static object?[] Fields(CorpusEventRow e) =>
    [
        e.Id, e.DateFrom, e.DateTo, e.Type, e.CameoRoot, e.Negated, e.SourceName, e.SourceCode, e.TargetName, e.TargetCode,
        e.Location, e.Support, e.Documents, e.Mentions, string.Join(Separator, e.Sources.Select(s => s.DocumentId)),
        string.Join(Separator, e.Sources.Select(s => s.Url).OfType<string>()), string.Join(Separator, e.Figures),
        string.Join(Separator, e.Conflicts),
    ];

    public static object?[] Fields(ActorRow a) =>
        [a.Id, a.Name, a.Type, a.Country, a.Code, string.Join(Separator, a.Names), a.Documents, a.Mentions, a.Events];
}

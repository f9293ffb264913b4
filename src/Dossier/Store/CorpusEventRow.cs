namespace Dossier.Store;

/// <summary>
/// One corpus event: the mentions of one happening across documents. <see cref="Support"/> counts independent
/// stories (syndicated copies count once); <see cref="Figures"/> lists every count reported with it, side by side.
/// </summary>
internal sealed record CorpusEventRow(
    long Id,
    string Type,
    string? CameoRoot,
    string? DateFrom,
    string? DateTo,
    bool Negated,
    string? SourceName,
    string? SourceCode,
    string? TargetName,
    string? TargetCode,
    string? Location,
    int Support,
    int Documents,
    int Mentions,
    IReadOnlyList<CorpusEventSource> Sources,
    IReadOnlyList<CorpusFigure> Figures)
{
    /// <summary>Kinds of count whose values differ between stories, e.g. "killed: 18 vs 26".</summary>
    public IReadOnlyList<string> Conflicts => CorpusFigure.Conflicts(Figures);
}

/// <summary>A document that mentions a corpus event, with its story and how many times it mentions it.</summary>
internal sealed record CorpusEventSource(long DocKey, string DocumentId, string? Url, long StoryId, int Mentions);

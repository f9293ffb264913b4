using Dossier.Pipeline;
using Dossier.Text.Readers;
using Dossier.Text.Readers.Boilerplate;

namespace Dossier.Corpus;

/// <summary>
/// The one place ingest calls <see cref="DocumentReader"/>: turns its documents and exceptions into
/// <see cref="SourceItem"/>s, so that no failure is silently dropped. When the reader returns per-record results
/// (JSONL lines, HTML extraction failures), only this class changes.
/// </summary>
internal static class ReaderAdapter
{
    // Boilerplate rules come from the lexicon; loaded once, shared (they are immutable).
    private static readonly Lazy<ReaderOptions> s_options = new(() => new ReaderOptions
    {
        Boilerplate = BoilerplateRules.Load(DossierHome.Locate()),
    });

    public static IEnumerable<SourceItem> ReadFile(string path) =>
        Convert(DocumentReader.ReadFile(path, s_options.Value), path, null);

    /// <param name="bytes">The raw source.</param>
    /// <param name="name">A file name whose extension tells the reader the format (e.g. "page.html").</param>
    /// <param name="sourcePath">Where the bytes came from, recorded with the document.</param>
    /// <param name="hints">Metadata from the container, used where the reader found none.</param>
    public static IEnumerable<SourceItem> Read(byte[] bytes, string name, string sourcePath, SourceHints? hints) =>
        Convert(DocumentReader.Read(bytes, name, s_options.Value), sourcePath, hints, name);

    private static List<SourceItem> Convert(IEnumerable<ReadResult> results, string sourcePath, SourceHints? hints, string? name = null)
    {
        var items = new List<SourceItem>();
        foreach (var result in results)
        {
            items.Add(result.Succeeded
                ? SourceItem.Read(sourcePath, Apply(result.Document, hints))
                : SourceItem.Failure(result.Failure.Location, result.Failure.Reason,
                    hints?.Id ?? Path.GetFileNameWithoutExtension(name ?? sourcePath)));
        }

        return items;
    }

    private static SourceDocument Apply(SourceDocument document, SourceHints? hints)
    {
        if (hints is null) return document;
        var info = document.Info;
        info = info with
        {
            Id = hints.Id ?? info.Id,
            Url = info.Url ?? hints.Url,
            Title = info.Title ?? hints.Title,
            Date = info.Date ?? hints.Date,
        };
        return document with { Info = info };
    }
}

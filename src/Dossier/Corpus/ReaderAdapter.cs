using System.Text;
using Dossier.Text.Readers;

namespace Dossier.Corpus;

/// <summary>
/// The one place ingest calls <see cref="DocumentReader"/>: turns its documents and exceptions into
/// <see cref="SourceItem"/>s, so that no failure is silently dropped. When the reader returns per-record results
/// (JSONL lines, HTML extraction failures), only this class changes.
/// </summary>
internal static class ReaderAdapter
{
    public static IEnumerable<SourceItem> ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [SourceItem.Failure(path, $"cannot read file: {ex.Message}", Path.GetFileNameWithoutExtension(path))];
        }

        return Read(bytes, path, path, null);
    }

    /// <param name="bytes">The raw source.</param>
    /// <param name="name">A file name whose extension tells the reader the format (e.g. "page.html").</param>
    /// <param name="sourcePath">Where the bytes came from, recorded with the document.</param>
    /// <param name="hints">Metadata from the container, used where the reader found none.</param>
    public static IEnumerable<SourceItem> Read(byte[] bytes, string name, string sourcePath, SourceHints? hints)
    {
        var items = new List<SourceItem>();
        try
        {
            foreach (var document in DocumentReader.Read(bytes, name))
                items.Add(SourceItem.Read(sourcePath, Apply(document, hints)));
        }
        catch (DocumentReadException ex)
        {
            items.Add(SourceItem.Failure(sourcePath, ex.Reason, hints?.Id ?? Path.GetFileNameWithoutExtension(name)));
        }
        catch (DecoderFallbackException ex)
        {
            items.Add(SourceItem.Failure(sourcePath, $"text is not valid in any supported encoding ({ex.Message})",
                hints?.Id ?? Path.GetFileNameWithoutExtension(name)));
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

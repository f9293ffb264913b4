namespace Dossier.Corpus;

/// <summary>One WARC record: its named header fields (case-insensitive) and its content block.</summary>
internal sealed record WarcRecord(IReadOnlyDictionary<string, string> Headers, byte[] Block, long Offset)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}

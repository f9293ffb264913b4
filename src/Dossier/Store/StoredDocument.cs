using Dossier.Serialization;

namespace Dossier.Store;

/// <summary>
/// One document on its way into the store: an analysed dossier/1 record, or a failure with its reason.
/// <see cref="Text"/> is null when the source could not even be read.
/// </summary>
internal sealed record StoredDocument(
    string ContentHash,
    string Id,
    string? Title,
    string? Url,
    string? Date,
    string? Text,
    string? SourcePath,
    string? FailureReason,
    DossierOutput? Output,
    ulong? SimHash)
{
    public bool Failed => Output is null;

    public static StoredDocument Analysed(string contentHash, DossierOutput output, string? sourcePath, ulong? simHash)
    {
        ArgumentNullException.ThrowIfNull(output);
        var d = output.Document;
        return new(contentHash, d.Id, d.Title, d.Url, d.Date, d.Text, sourcePath, null, output, simHash);
    }

    public static StoredDocument Failure(
        string contentHash, string id, string? sourcePath, string reason, string? text = null,
        string? title = null, string? url = null, string? date = null) =>
        new(contentHash, id, title, url, date, text, sourcePath, reason, null, null);
}

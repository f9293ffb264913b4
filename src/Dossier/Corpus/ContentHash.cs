using System.Security.Cryptography;
using System.Text;

namespace Dossier.Corpus;

/// <summary>
/// A document's identity in the store: SHA-256 of its URL (empty when unknown) and text. The same article read
/// twice hashes the same (idempotent ingest); a syndicated copy at another URL is a separate document that the
/// near-duplicate pass links into the same story.
/// </summary>
internal static class ContentHash
{
    public static string Of(string? url, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes((url ?? "") + "\n" + text);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The identity of a source that could not be read at all: its location and the reason.</summary>
    public static string OfUnreadable(string source, string reason) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("unreadable\n" + source + "\n" + reason)));
}

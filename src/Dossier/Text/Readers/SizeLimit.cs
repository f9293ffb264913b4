using System.Globalization;

namespace Dossier.Text.Readers;

/// <summary>Words for the per-document size limit, the same everywhere it is enforced.</summary>
internal static class SizeLimit
{
    public static string Describe(string what, long size, long limit) =>
        $"{what} is {Bytes(size)}, over the limit of {Bytes(limit)} per document (--max-bytes)";

    public static string Bytes(long n) => n switch
    {
        >= 1_000_000 => $"{(n / 1e6).ToString("0.#", CultureInfo.InvariantCulture)} MB ({n.ToString("N0", CultureInfo.InvariantCulture)} bytes)",
        _ => $"{n.ToString("N0", CultureInfo.InvariantCulture)} bytes",
    };
}

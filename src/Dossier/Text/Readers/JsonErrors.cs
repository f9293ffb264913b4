using System.Text.Json;

namespace Dossier.Text.Readers;

/// <summary>Short, position-free wording for JSON syntax errors (the caller reports file and line).</summary>
internal static class JsonErrors
{
    public static string Describe(JsonException ex)
    {
        // System.Text.Json appends "LineNumber: n | BytePositionInLine: m." to its messages; we report the
        // line ourselves, so keep the first sentence only.
        var message = ex.Message;
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        message = message.TrimEnd('.', ' ');
        return message;
    }
}

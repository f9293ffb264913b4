using System.Text;
using System.Text.Json;

namespace Dossier.Text.Readers;

/// <summary>Chooses an input's format: by extension first, then by looking at its first bytes.</summary>
internal static class FormatSniffer
{
    private const int SniffBytes = 2048;

    // Markup that plain prose does not start with; a closed set of HTML element openings.
    private static readonly string[] s_htmlMarks = ["<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<div", "<article", "<meta", "<title"];

    /// <summary>The format an extension implies, or <see cref="DocumentFormat.Auto"/> when it implies none.</summary>
    public static DocumentFormat ByExtension(string name)
    {
        var ext = Path.GetExtension(name).ToLowerInvariant();
        return ext switch
        {
            ".html" or ".htm" or ".xhtml" => DocumentFormat.Html,
            ".json" => DocumentFormat.Json,
            ".jsonl" or ".ndjson" => DocumentFormat.JsonLines,
            _ => DocumentFormat.Auto,
        };
    }

    /// <summary>
    /// The format of content whose extension says nothing: HTML when it opens with markup; for inputs that are
    /// not named .txt, JSON when it all parses as one value and JSON Lines when its first line is an object.
    /// </summary>
    public static DocumentFormat ByContent(string name, ReadOnlySpan<byte> bytes)
    {
        var head = Head(bytes);
        if (head.StartsWith('<') && ContainsHtmlMark(head)) return DocumentFormat.Html;
        if (Path.GetExtension(name).Equals(".txt", StringComparison.OrdinalIgnoreCase)) return DocumentFormat.Text;
        if (head.StartsWith('[') || head.StartsWith('{'))
        {
            if (ParsesAsJson(bytes)) return DocumentFormat.Json;
            if (head.StartsWith('{') && ParsesAsJson(FirstLine(bytes))) return DocumentFormat.JsonLines;
        }

        return DocumentFormat.Text;
    }

    private static string Head(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        bytes = bytes[..Math.Min(bytes.Length, SniffBytes)];
        // Latin-1 keeps one char per byte, enough to look for ASCII markup whatever the real encoding.
        return Encoding.Latin1.GetString(bytes).TrimStart();
    }

    private static bool ContainsHtmlMark(string head)
    {
        foreach (var mark in s_htmlMarks)
        {
            if (head.Contains(mark, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static ReadOnlySpan<byte> FirstLine(ReadOnlySpan<byte> bytes)
    {
        int newline = bytes.IndexOf((byte)'\n');
        return newline < 0 ? bytes : bytes[..newline];
    }

    private static bool ParsesAsJson(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true });
        try
        {
            return reader.Read() && reader.TrySkip() && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

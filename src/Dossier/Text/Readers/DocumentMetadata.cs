using System.Text.Json;

namespace Dossier.Text.Readers;

/// <summary>
/// Metadata given beside a text: a sidecar file (<c>name.json</c> next to <c>name.txt</c>) or the fields of
/// a JSON record. Keys: <c>id</c>, <c>title</c>, <c>url</c>, <c>date</c> (or <c>published</c>),
/// <c>author</c>; other keys (notes, language, ...) are ignored. Values must be strings or null.
/// </summary>
public sealed record DocumentMetadata(string? Id, string? Title, string? Url, DateOnly? Date, string? Author)
{
    public static DocumentMetadata Empty { get; } = new(null, null, null, null, null);

    /// <summary>Reads the metadata fields of a JSON object; throws <see cref="FormatException"/> naming a bad field.</summary>
    public static DocumentMetadata FromJson(JsonElement obj)
    {
        if (obj.ValueKind != JsonValueKind.Object)
            throw new FormatException($"expected a JSON object, found {Describe(obj.ValueKind)}");
        string? id = null, title = null, url = null, author = null, dateText = null;
        foreach (var property in obj.EnumerateObject())
        {
            switch (property.Name)
            {
                case "id": id = StringOrNumber(property); break;
                case "title": title = String(property); break;
                case "url": url = String(property); break;
                case "author": author = String(property); break;
                case "date": dateText = String(property) ?? dateText; break;
                case "published": dateText ??= String(property); break;
                default: break;
            }
        }

        DateOnly? date = null;
        if (dateText is not null)
        {
            if (!DateText.TryParse(dateText, lenient: false, out var parsed))
                throw new FormatException($"'date' is not a date (expected YYYY-MM-DD or an ISO date-time): '{dateText}'");
            date = parsed;
        }

        return new DocumentMetadata(Clean(id), Clean(title), Clean(url), date, Clean(author));
    }

    /// <summary>Parses a sidecar file's bytes; throws <see cref="DocumentReadException"/> naming the sidecar.</summary>
    public static DocumentMetadata ParseSidecar(ReadOnlySpan<byte> json, string sidecarName)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { AllowTrailingCommas = true });
            return FromJson(document.RootElement);
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } n ? (int)n + 1 : (int?)null;
            throw new DocumentReadException(sidecarName, line, $"sidecar metadata is not valid JSON: {JsonErrors.Describe(ex)}", ex);
        }
        catch (FormatException ex)
        {
            throw new DocumentReadException(sidecarName, $"sidecar metadata: {ex.Message}", ex);
        }
    }

    /// <summary>This metadata, with each field it lacks taken from <paramref name="fallback"/>.</summary>
    public DocumentMetadata Or(DocumentMetadata fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new(Id ?? fallback.Id, Title ?? fallback.Title, Url ?? fallback.Url, Date ?? fallback.Date, Author ?? fallback.Author);
    }

    private static string? String(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.String => property.Value.GetString(),
        JsonValueKind.Null => null,
        var kind => throw new FormatException($"'{property.Name}' must be a string, found {Describe(kind)}"),
    };

    private static string? StringOrNumber(JsonProperty property) =>
        property.Value.ValueKind == JsonValueKind.Number ? property.Value.GetRawText() : String(property);

    private static string? Clean(string? value)
    {
        if (value is null) return null;
        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}

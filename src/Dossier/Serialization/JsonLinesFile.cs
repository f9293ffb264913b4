using System.Text.Json;

namespace Dossier.Serialization;

/// <summary>Reads hand-written JSON Lines files (gold sets): one record a line, blank lines skipped.</summary>
public static class JsonLinesFile
{
    /// <summary>Parses every record with <paramref name="parse"/>; a malformed line fails with file:line.</summary>
    public static IReadOnlyList<T> Read<T>(string path, Func<JsonElement, T> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var records = new List<T>();
        int line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            try
            {
                using var json = JsonDocument.Parse(text);
                records.Add(parse(json.RootElement));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException($"{path}:{line}: {ex.Message}", ex);
            }
        }

        return records;
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dossier.Serialization;

/// <summary>Writes and reads dossier/1 JSON. Non-ASCII text is written as is, so output stays readable.</summary>
public static class DossierJson
{
    public const string SchemaVersion = "dossier/1";

    private static readonly DossierJsonContext s_compact = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    });

    private static readonly DossierJsonContext s_indented = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        IndentSize = 2,
    });

    public static string Serialize(DossierOutput output, bool indented) =>
        JsonSerializer.Serialize(output, (indented ? s_indented : s_compact).DossierOutput);

    public static void Serialize(Stream stream, DossierOutput output, bool indented) =>
        JsonSerializer.Serialize(stream, output, (indented ? s_indented : s_compact).DossierOutput);

    public static DossierOutput Deserialize(string json) =>
        JsonSerializer.Deserialize(json, s_compact.DossierOutput)
        ?? throw new JsonException("document is JSON null");
}

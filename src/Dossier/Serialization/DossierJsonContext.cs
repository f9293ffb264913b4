using System.Text.Json.Serialization;

namespace Dossier.Serialization;

/// <summary>Source-generated JSON metadata for every output shape: no reflection, stable property order.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(DossierOutput))]
public sealed partial class DossierJsonContext : JsonSerializerContext;

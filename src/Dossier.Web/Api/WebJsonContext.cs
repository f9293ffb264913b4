using System.Text.Json.Serialization;

namespace Dossier.Web.Api;

/// <summary>Source-generated JSON metadata for the API's own request and response shapes.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(AnalyzeInput))]
[JsonSerializable(typeof(HealthOut))]
public sealed partial class WebJsonContext : JsonSerializerContext;

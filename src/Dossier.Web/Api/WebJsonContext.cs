using System.Text.Json.Serialization;

namespace Dossier.Web.Api;

/// <summary>Source-generated JSON metadata for the API's own request and response shapes.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(AnalyzeInput))]
[JsonSerializable(typeof(HealthOut))]
[JsonSerializable(typeof(PageOut<DocumentRowOut>))]
[JsonSerializable(typeof(PageOut<EventRowOut>))]
[JsonSerializable(typeof(PageOut<ActorOut>))]
[JsonSerializable(typeof(ActorDetailOut))]
[JsonSerializable(typeof(IngestOut))]
[JsonSerializable(typeof(SearchOut))]
public sealed partial class WebJsonContext : JsonSerializerContext;

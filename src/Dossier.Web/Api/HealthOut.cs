namespace Dossier.Web.Api;

/// <summary>GET /api/health: whether analysis works here, and what the pipeline produces.</summary>
public sealed record HealthOut(bool PipelineReady, string? PipelineError, IReadOnlyList<string> Layers, string Schema);

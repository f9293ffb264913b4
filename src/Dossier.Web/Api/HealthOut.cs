namespace Dossier.Web.Api;

/// <summary>GET /api/health: whether analysis works here, what the pipeline produces, and what the corpus allows.</summary>
public sealed record HealthOut(bool PipelineReady, string? PipelineError, IReadOnlyList<string> Layers, string Schema)
{
    /// <summary>The corpus backend ("sqlite", "postgres"), or null when the server has no corpus.</summary>
    public string? Store { get; init; }

    public bool WritesAllowed { get; init; }

    public bool ApiKeyRequired { get; init; }
}

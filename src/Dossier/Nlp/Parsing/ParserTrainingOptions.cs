namespace Dossier.Nlp.Parsing;

/// <summary>Settings of one parser training run. Same options and data → the same model bytes.</summary>
internal sealed record ParserTrainingOptions
{
    public int Epochs { get; init; } = 12;

    public int Seed { get; init; } = 1;

    /// <summary>From this epoch (0-based) on, training follows the model's own moves with <see cref="ExploreProbability"/>.</summary>
    public int ExploreFrom { get; init; } = 1;

    public double ExploreProbability { get; init; } = 0.9;

    /// <summary>Features updated fewer times than this are pruned from the saved model.</summary>
    public int MinUpdates { get; init; } = 2;

    /// <summary>Beam width: 1 trains the greedy parser (dynamic oracle); more trains globally with max-violation updates and decodes with that beam.</summary>
    public int BeamWidth { get; init; } = 1;

    /// <summary>Drop non-projective training sentences instead of lifting their arcs.</summary>
    public bool DropNonProjective { get; init; }
}

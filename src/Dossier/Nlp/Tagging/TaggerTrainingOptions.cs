namespace Dossier.Nlp.Tagging;

/// <summary>Settings of one tagger training run; the defaults are the ones the shipped model used.</summary>
public sealed record TaggerTrainingOptions
{
    public int Epochs { get; init; } = 6;

    public int Seed { get; init; } = 1;

    /// <summary>Train a second pass that also sees the first pass's classes to the right (≈ +0.07 UPOS, twice the time).</summary>
    public bool SecondPass { get; init; }

    /// <summary>Also train a right-to-left pass; tokens take the class with the best summed score of both directions.</summary>
    public bool Bidirectional { get; init; }

    /// <summary>The second pass trains on first-pass classes predicted by models that did not see the sentence (jackknifing).</summary>
    public int Folds { get; init; } = 4;

    /// <summary>A word form enters the unambiguous dictionary when seen this often…</summary>
    public int UnambiguousMinCount { get; init; } = 20;

    /// <summary>…with one class taking at least this share of its occurrences.</summary>
    public double UnambiguousMinShare { get; init; } = 0.97;

    /// <summary>Words seen this often get a class-set feature (the classes they usually take).</summary>
    public int ClassSetMinCount { get; init; } = 5;

    public double ClassSetMinShare { get; init; } = 0.05;

    /// <summary>Pruning of the final model: features updated fewer times, or with smaller weights, are dropped.</summary>
    public int MinUpdates { get; init; } = 2;

    public float MinWeight { get; init; } = 0.01f;
}

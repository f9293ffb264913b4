namespace Dossier.Nlp.Lemmatization;

/// <summary>Settings of lemmatizer training; the defaults are the ones the shipped model used.</summary>
public sealed record LemmatizerTrainingOptions
{
    /// <summary>Longest word ending (in characters) a suffix rule is conditioned on.</summary>
    public int MaxSuffix { get; init; } = 6;

    /// <summary>A rule for an ending (other than the empty one) is kept when this many word types support it.</summary>
    public int MinSupport { get; init; } = 2;
}

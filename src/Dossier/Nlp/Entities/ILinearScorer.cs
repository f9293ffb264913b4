using Dossier.Nlp.Learning;

namespace Dossier.Nlp.Entities;

/// <summary>Scores hashed features per class: the trainer's current weights while training, the model's after.</summary>
internal interface ILinearScorer
{
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);
}

/// <summary>Scores with a trainer's current (not averaged) weights.</summary>
internal readonly struct TrainerScorer(PerceptronTrainer trainer) : ILinearScorer
{
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores) => trainer.Score(features, scores);
}

/// <summary>Scores with a finished model.</summary>
internal readonly struct ModelScorer(PerceptronModel model) : ILinearScorer
{
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores) => model.Score(features, scores);
}

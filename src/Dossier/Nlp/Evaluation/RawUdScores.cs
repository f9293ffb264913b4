namespace Dossier.Nlp.Evaluation;

/// <summary>CoNLL 2018 shared-task style F1 scores (percent) of a pipeline run from raw text.</summary>
public sealed record RawUdScores(double Tokens, double Sentences, double Words, double? Upos, double? Uas, double? Las);

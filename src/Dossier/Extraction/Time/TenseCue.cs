namespace Dossier.Extraction.Time;

/// <summary>A word that tells whether a weekday lies before or after the document date (lexicon/time/tense-cues.tsv).</summary>
internal readonly record struct TenseCue(TimeDirection Direction, bool Adjacent);

namespace Dossier.Extraction.Claims;

/// <summary>A figure cue from lexicon/figures/kinds.tsv: the kind it marks and on which side of the number it may stand.</summary>
internal sealed record KindCue(string Kind, bool After, bool Before);

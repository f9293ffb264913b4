namespace Dossier.Extraction.Claims;

/// <summary>A certainty cue from lexicon/certainty/cues.tsv.</summary>
internal sealed record CertaintyCue(string Status, bool NeedsNegation, bool ParagraphScope);

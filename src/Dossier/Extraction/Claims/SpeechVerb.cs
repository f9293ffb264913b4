namespace Dossier.Extraction.Claims;

/// <summary>
/// A speech cue from lexicon/claims/speech-verbs.tsv: its lemma, whether it introduces reported speech
/// (<see cref="TakesClause"/>) and whether that speech needs "that" (<see cref="NeedsThat"/>: "told reporters that").
/// </summary>
internal sealed record SpeechVerb(string Lemma, bool TakesClause, bool NeedsThat);

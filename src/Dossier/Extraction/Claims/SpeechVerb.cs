namespace Dossier.Extraction.Claims;

/// <summary>
/// A speech cue from lexicon/claims/speech-verbs.tsv: its lemma, whether it introduces reported speech
/// (<see cref="TakesClause"/>), whether that speech needs "that" (<see cref="NeedsThat"/>: "told reporters that")
/// and whether it may precede its speaker (<see cref="Inverts"/>: "said the minister").
/// </summary>
internal sealed record SpeechVerb(string Lemma, bool TakesClause, bool NeedsThat, bool Inverts);

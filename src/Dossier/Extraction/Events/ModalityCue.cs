namespace Dossier.Extraction.Events;

/// <summary>
/// A modality or negation cue from lexicon/events/cues.tsv: a lemma that, as a dependent of the trigger
/// (<see cref="Governor"/> false) or as a word governing it (true), sets the event's standing.
/// </summary>
internal sealed record ModalityCue(string Lemma, bool Governor, string Effect);

namespace Dossier.Extraction.Claims;

/// <summary>
/// Who a statement is attributed to, in tokens: speaker [SpeakerStart, SpeakerEnd), the cue [Cue, CueEnd)
/// ("said", "according to"), its lemma, the channel if one is named, and the rule that matched.
/// </summary>
internal readonly record struct Attribution(
    int SpeakerStart, int SpeakerEnd, int Cue, int CueEnd, string CueLemma, string? Channel, string Rule);

using Dossier.Text;

namespace Dossier.Extraction.Claims;

/// <summary>
/// Direct or reported speech: its content span, speaker, cue verb and channel. <see cref="Speaker"/> is the
/// actor id when an actor layer exists and a mention covers the speaker; <see cref="SpeakerText"/> and
/// <see cref="SpeakerSpan"/> always hold the speaker as written (for "he said", the person it resolves to
/// when entities exist). When a spokesperson or lawyer relays the words, the speaker is the principal and
/// <see cref="Via"/> the intermediary. <see cref="Status"/> is reported, or unconfirmed when a certainty cue
/// ("could not be verified") covers the quote; <see cref="StatusCue"/> is that cue.
/// </summary>
public sealed record Quote(
    string Id,
    string? Speaker,
    CharRange Content,
    string Text,
    string? Cue,
    bool Direct,
    string? Channel,
    string Rule,
    string? SpeakerText = null,
    CharRange? SpeakerSpan = null,
    Intermediary? Via = null,
    string Status = "reported",
    StatusCue? StatusCue = null);

using Dossier.Text;

namespace Dossier.Extraction.Claims;

/// <summary>
/// Direct or reported speech: its content span, speaker, cue verb and channel. <see cref="Speaker"/> is the
/// actor id when an actor layer exists and a mention covers the speaker; <see cref="SpeakerText"/> and
/// <see cref="SpeakerSpan"/> always hold the speaker as written (for "he said", the person it resolves to
/// when entities exist).
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
    CharRange? SpeakerSpan = null);

using Dossier.Text;

namespace Dossier.Extraction.Claims;

/// <summary>Direct or reported speech: its content span, speaker (actor id), cue verb and channel.</summary>
public sealed record Quote(
    string Id,
    string? Speaker,
    CharRange Content,
    string Text,
    string? Cue,
    bool Direct,
    string? Channel,
    string Rule);

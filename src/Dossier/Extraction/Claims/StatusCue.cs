using Dossier.Text;

namespace Dossier.Extraction.Claims;

/// <summary>The certainty cue that set a claim's status, as written ("could not initially be confirmed") and where.</summary>
public sealed record StatusCue(string Text, CharRange Span);

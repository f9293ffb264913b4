using Dossier.Text;

namespace Dossier.Extraction.Claims;

/// <summary>
/// Who relayed a statement for its speaker ("Nazarbayev's spokesman Aidos Ukibai", "through his lawyer"):
/// the phrase as written, its span, and the actor id when an actor layer covers it.
/// </summary>
public sealed record Intermediary(string? Actor, string Text, CharRange Span);

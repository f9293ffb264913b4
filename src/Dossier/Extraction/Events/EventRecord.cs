using Dossier.Text;

namespace Dossier.Extraction.Events;

/// <summary>
/// One coded political event: who did what to whom, where and when, with its standing and provenance.
/// Actor fields hold actor ids; when a role is filled by a phrase that is no actor ("demonstrators",
/// "security forces", "he") the id is null and the *Text field keeps the phrase. Figures lists the ids of
/// reported counts in the same sentence. DateBasis and LocationBasis say where date and place come from:
/// "text" (a time expression or place phrase of the sentence; DateTimex names the timex) or "document" (no
/// such phrase: the document's date, so the event happened on or before it, and the document's focus place).
/// AttributedText is the attributed source as written (also when no actor fills it); Quote the id of the
/// reported-speech span the event sits in, whose status says whether the claim was confirmed.
/// </summary>
public sealed record EventRecord(
    string Id,
    string Type,
    string? Mode,
    string? Cameo,
    string? Source,
    string? Target,
    string? Location,
    string? Date,
    bool Negated,
    string Modality,
    string? AttributedTo,
    CharRange Evidence,
    string Rule,
    string? SourceText = null,
    string? TargetText = null,
    string? LocationText = null,
    IReadOnlyList<string>? Figures = null,
    int QuadClass = 0,
    string? DateBasis = null,
    string? DateTimex = null,
    string? LocationBasis = null,
    string? AttributedText = null,
    string? Quote = null);

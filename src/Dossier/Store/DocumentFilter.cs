namespace Dossier.Store;

/// <summary>Which documents to list. Null fields do not filter; dates are inclusive YYYY-MM-DD strings.</summary>
internal sealed record DocumentFilter(
    string? Text = null,
    string? From = null,
    string? To = null,
    string? Status = null,
    int? Limit = null);

namespace Dossier.Extraction.Events;

/// <summary>
/// An argument position relative to a trigger: a dependency label ("nsubj", "obj", "nmod:poss") or a
/// label plus the preposition its phrase must carry ("obl:with" = an obl child with a case child "with").
/// </summary>
internal readonly record struct EventRole(string Deprel, string? Case)
{
    public static EventRole Parse(string text)
    {
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return new EventRole(text, null);
        var head = text[..colon];
        var tail = text[(colon + 1)..];
        // UD subtypes that are labels in their own right stay whole; anything else after obl/nmod is a preposition.
        bool preposition = (head == "obl" || head == "nmod" || head == "acl" || head == "advcl") && !DependencySubtypes.IsSubtype(tail);
        return preposition ? new EventRole(head, tail) : new EventRole(text, null);
    }

    public override string ToString() => Case is null ? Deprel : Deprel + ":" + Case;
}

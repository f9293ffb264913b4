namespace Dossier.Extraction.Actors;

/// <summary>
/// The personal pronouns coreference resolves (a closed grammatical class, so a table in code): their person,
/// gender, number and animacy. First and second person are resolved by who speaks (narrator or quote), not
/// by antecedents.
/// </summary>
public static class Pronouns
{
    [Flags]
    public enum Kind : byte
    {
        None = 0,
        Masculine = 1,
        Feminine = 2,
        Neuter = 4,
        Plural = 8,
        Reflexive = 16,
        First = 32,
        Second = 64,
    }

    public static Kind Of(ReadOnlySpan<char> form)
    {
        Span<char> lower = stackalloc char[12];
        if (form.Length > lower.Length) return Kind.None;
        int n = form.ToLowerInvariant(lower);
        return lower[..n] switch
        {
            "he" or "him" or "his" => Kind.Masculine,
            "himself" => Kind.Masculine | Kind.Reflexive,
            "she" or "her" or "hers" => Kind.Feminine,
            "herself" => Kind.Feminine | Kind.Reflexive,
            "it" or "its" => Kind.Neuter,
            "itself" => Kind.Neuter | Kind.Reflexive,
            "they" or "them" or "their" or "theirs" => Kind.Plural,
            "themselves" => Kind.Plural | Kind.Reflexive,
            "i" or "me" or "my" or "mine" => Kind.First,
            "myself" => Kind.First | Kind.Reflexive,
            "we" or "us" or "our" or "ours" => Kind.First | Kind.Plural,
            "ourselves" => Kind.First | Kind.Plural | Kind.Reflexive,
            "you" or "your" or "yours" => Kind.Second,
            "yourself" => Kind.Second | Kind.Reflexive,
            "yourselves" => Kind.Second | Kind.Plural | Kind.Reflexive,
            _ => Kind.None,
        };
    }

    public static Gender GenderOf(ReadOnlySpan<char> form)
    {
        var kind = Of(form);
        return (kind & Kind.Masculine) != 0 ? Gender.Masculine : (kind & Kind.Feminine) != 0 ? Gender.Feminine : Gender.Unknown;
    }
}

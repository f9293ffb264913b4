namespace Dossier.Extraction.Events;

/// <summary>UD relation subtypes (closed grammatical set) that must not be read as prepositions in a role.</summary>
internal static class DependencySubtypes
{
    private static readonly HashSet<string> s_subtypes = new(StringComparer.Ordinal)
    {
        "poss", "agent", "tmod", "npmod", "relcl", "pass", "prt", "unmarked",
    };

    public static bool IsSubtype(string value) => s_subtypes.Contains(value);
}

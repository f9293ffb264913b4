namespace Dossier.Extraction.Actors;

/// <summary>
/// One role a mention states, as coreference compares them: the office classes of the role noun
/// (role-classes.tsv), whether the text calls it former or new/current, and the country (ISO-3) and
/// organisation (lower-case words, or the named mention the organisation tokens belong to) it belongs to.
/// </summary>
internal sealed record RoleFact(string Role, string[] Classes, bool Former, bool Current, string? Country, string? Org, int OrgMention)
{
    /// <summary>
    /// One office class in common; for roles role-classes.tsv does not list, the same head word ("minister" and
    /// "foreign minister", "director of X" and "director"). A listed role keeps to its classes: "prime minister"
    /// is no "finance minister".
    /// </summary>
    public bool SharesClass(RoleFact other)
    {
        foreach (var c in Classes)
        {
            if (Array.IndexOf(other.Classes, c) >= 0) return true;
        }

        return Unlisted && other.Unlisted && string.Equals(HeadWord(Role), HeadWord(other.Role), StringComparison.Ordinal);
    }

    /// <summary>The role is its own class (role-classes.tsv does not list it).</summary>
    private bool Unlisted => Classes.Length == 1 && string.Equals(Classes[0], Role, StringComparison.Ordinal);

    /// <summary>The head word of a role phrase: the word before "of" ("head of state" → head), else the last word.</summary>
    private static string HeadWord(string role)
    {
        int of = role.IndexOf(" of ", StringComparison.Ordinal);
        string phrase = of > 0 ? role[..of] : role;
        return phrase[(phrase.LastIndexOf(' ') + 1)..];
    }
}

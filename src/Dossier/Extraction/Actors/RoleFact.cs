namespace Dossier.Extraction.Actors;

/// <summary>
/// One role a mention states, as coreference compares them: the office classes of the role noun
/// (role-classes.tsv), whether the text calls it former or new/current, and the country (ISO-3) and
/// organisation (lower-case words, or the named mention the organisation tokens belong to) it belongs to.
/// </summary>
internal sealed record RoleFact(string Role, string[] Classes, bool Former, bool Current, string? Country, string? Org, int OrgMention)
{
    public bool SharesClass(RoleFact other)
    {
        foreach (var c in Classes)
        {
            if (Array.IndexOf(other.Classes, c) >= 0) return true;
        }

        return false;
    }
}

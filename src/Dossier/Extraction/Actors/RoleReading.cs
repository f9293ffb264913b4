namespace Dossier.Extraction.Actors;

/// <summary>
/// What <see cref="RoleFinder"/> read in one descriptive phrase next to (or forming) a mention: the role
/// noun with its statuses, the organisation or country it belongs to, a demonym, an age and a title.
/// Token indexes are document-wide; -1 means absent.
/// </summary>
internal sealed class RoleReading
{
    public string Context { get; set; } = "";

    /// <summary>The role noun phrase, lower case ("head", "prime minister"), with a deputy/vice prefix kept.</summary>
    public string? Role { get; set; }

    /// <summary>The CAMEO sector the role implies ("GOV"), or "org" when it comes from its organisation.</summary>
    public string? Sector { get; set; }

    /// <summary>The relation attribute key when the role relates two actors ("successor_of").</summary>
    public string? Relation { get; set; }

    public string RoleRule { get; set; } = "";

    public int RoleStart { get; set; } = -1;

    public int RoleEnd { get; set; } = -1;

    public List<string> Statuses { get; } = [];

    /// <summary>The ISO-2 country named by a demonym, country name or "of Kazakhstan" in the phrase.</summary>
    public string? Country { get; set; }

    public string? Demonym { get; set; }

    public int CountryStart { get; set; } = -1;

    public int CountryEnd { get; set; } = -1;

    /// <summary>Tokens of the organisation the role belongs to ("the KNB" after "of", "KNB" before "chief").</summary>
    public int OrgStart { get; set; } = -1;

    public int OrgEnd { get; set; } = -1;

    public int? Age { get; set; }

    public int AgeStart { get; set; } = -1;

    public int AgeEnd { get; set; } = -1;

    public string? Gender { get; set; }

    public string GenderRule { get; set; } = "";

    public int GenderToken { get; set; } = -1;

    /// <summary>First and last+1 token the reading used, for evidence offsets.</summary>
    public int Start { get; set; } = -1;

    public int End { get; set; } = -1;

    public bool HasRole => Role is not null;

    /// <summary>The status to report: former/ex, then acting, new, current, deputy.</summary>
    public string? Status
    {
        get
        {
            foreach (var s in (string[])["former", "ex", "acting", "new", "current", "deputy"])
            {
                if (Statuses.Contains(s)) return s;
            }

            return null;
        }
    }

    public bool Former => Statuses.Contains("former") || Statuses.Contains("ex");

    public void Touch(int start, int end)
    {
        if (Start < 0 || start < Start) Start = start;
        if (end > End) End = end;
    }
}

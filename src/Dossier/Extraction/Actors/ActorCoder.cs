using Dossier.Text;

namespace Dossier.Extraction.Actors;

/// <summary>A CAMEO-style actor code with the rule (lexicon entry) behind it and its evidence tokens.</summary>
internal sealed record ActorCode(string Code, string Rule, int Start, int End, string? Qualifier = null)
{
    /// <summary>A named entry's dated codes that do not hold on the document date ("KAZGOV" for a ruler who left office).</summary>
    public string[] Past { get; init; } = [];

    /// <summary>The code's ISO-3 country prefix, when it has one.</summary>
    public string? Country(PlaceLinker places) => Code.Length >= 3 && places.IsIso3(Code[..3]) ? Code[..3] : null;
}

/// <summary>
/// Gives actors CAMEO-style codes (country ISO-3 + sector): from a named actor's dated entry
/// (people.tsv, phoenix-actors.tsv) picked by the document date, from an organisation's entry
/// (organisations.tsv) or agent noun with the country the text ties to it, and from a person's role
/// (sector of the role word or of the organisation it belongs to; former roles are ELI). Thread-safe.
/// </summary>
internal sealed class ActorCoder(ActorCodeLexicon lexicon, PlaceLinker places, RoleFinder roles)
{
    /// <summary>A code from the actor's name alone: organisations, then named actors (dated), then agents.</summary>
    public ActorCode? FromName(Doc doc, Actor actor, Mention named, string? contextCountry)
    {
        var (start, country) = StripCountry(doc, named.TokenStart, named.TokenEnd);
        country ??= contextCountry;
        if (start >= named.TokenEnd) return null;
        string name = RoleFinder.Lower(doc, start, named.TokenEnd);
        if (name.StartsWith("the ", StringComparison.Ordinal)) name = name[4..];
        if (actor.Type != "PER" && lexicon.FindOrganisation(name) is { } org) return WithCountry(org.Code, org.Rule, country, named);
        // Named entries match the whole name: "Latin America" minus "Latin" (a demonym) is not "America".
        string full = RoleFinder.Lower(doc, named.TokenStart, named.TokenEnd);
        if (full.StartsWith("the ", StringComparison.Ordinal)) full = full[4..];
        if (lexicon.FindNamed(full) is { } entry)
        {
            if (DatedCode.ParseAll(entry.Codes) is { } codes && DatedCode.For(codes, doc.Info.Date) is { } pick)
            {
                string? qualifier = doc.Info.Date is { } d
                    ? (pick.ByDate ? "holds on " + d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "undated entry")
                    : "no document date: latest role";
                string code = pick.Code.Code, rule = entry.Rule;
                // A bare country code is Phoenix's entry for a country or its cities ("Houston" → USA): for an
                // organisation or a person it says nothing about the actor itself.
                if (actor.Type != "LOC" && places.IsIso3(code)) return null;
                if (code.Length > 6 && places.IsIso3(code[..3])) { rule += " (" + code + ")"; code = code[..6]; }
                string[] past = doc.Info.Date is { } date
                    ? [.. codes.Where(c => c.Dated && !c.HoldsOn(date)).Select(c => c.Code.Length > 6 ? c.Code[..6] : c.Code)]
                    : [];
                return new ActorCode(code, rule, named.TokenStart, named.TokenEnd, qualifier) { Past = past };
            }
        }

        if (actor.Type != "PER")
        {
            var (len, _, agent) = roles.Match(doc, start, named.TokenEnd);
            if (agent is not null && start + len == named.TokenEnd) return WithCountry(agent.Code, agent.Rule, country, named);
        }

        return null;
    }

    /// <summary>
    /// A nominal organisation ("the Kazakh government", "Russia's foreign ministry") coded as an organisation or
    /// agent of the country its own words name; named entries are never probed (a description is no name).
    /// </summary>
    public ActorCode? FromNominal(Doc doc, Mention nominal, string? country)
    {
        if (country is null) return null;
        int start = nominal.TokenStart;
        while (start < nominal.TokenEnd && doc[start].Pos == Upos.DET) start++;
        var (rest, _) = StripCountry(doc, start, nominal.TokenEnd);
        if (rest >= nominal.TokenEnd) return null;
        if (lexicon.FindOrganisation(RoleFinder.Lower(doc, rest, nominal.TokenEnd)) is { } org && org.Code.StartsWith('~'))
            return WithCountry(org.Code, org.Rule, country, nominal);
        var (len, _, agent) = roles.Match(doc, rest, nominal.TokenEnd);
        return agent is not null && rest + len == nominal.TokenEnd ? WithCountry(agent.Code, agent.Rule, country, nominal) : null;
    }

    /// <summary>
    /// The security sector alone (COP, MIL, SPY) of a nominal group or organisation whose words are an agent phrase
    /// ("security forces", "the riot police") when the text names no country for it. Other sectors are left out: a
    /// bare "PRT" or "GOV" reads as a country code or says too little.
    /// </summary>
    public ActorCode? SectorOnly(Doc doc, Mention nominal)
    {
        int start = nominal.TokenStart;
        while (start < nominal.TokenEnd && doc[start].Pos is Upos.DET or Upos.ADJ or Upos.NUM) start++;
        if (start >= nominal.TokenEnd) return null;
        var (len, _, agent) = roles.Match(doc, start, nominal.TokenEnd);
        if (agent is null || start + len != nominal.TokenEnd) return null;
        string sector = Primary(agent.Code.TrimStart('~'));
        return sector is "COP" or "MIL" or "SPY" && !places.IsIso3(sector)
            ? new ActorCode(sector, agent.Rule, nominal.TokenStart, nominal.TokenEnd, "no country in the text") : null;
    }

    /// <summary>An organisation entry for tokens [start, end) ("UN", "the KNB"), without a country.</summary>
    public ActorCode? FromOrganisationWords(Doc doc, int start, int end)
    {
        while (start < end && doc[start].Pos == Upos.DET) start++;
        if (start >= end) return null;
        return lexicon.FindOrganisation(RoleFinder.Lower(doc, start, end)) is { } org ? new ActorCode(org.Code, org.Rule, start, end) : null;
    }

    /// <summary>A code from a role reading: the role's sector (or its organisation's) and the country the text ties to it.</summary>
    public ActorCode? FromRole(Doc doc, RoleReading r, ActorCode? orgCode, string? fallbackCountry)
    {
        string? sector = r.Sector is "org" ? null : r.Sector;
        string? country = r.Country is { } iso2 ? places.Iso3(iso2) : null;
        string rule = "actors:code-role " + r.RoleRule;
        if (orgCode is not null)
        {
            rule += " + " + orgCode.Rule;
            string? orgCountry = orgCode.Country(places);
            country ??= orgCountry;
            if (sector is null)
            {
                if (orgCountry is null && !orgCode.Code.StartsWith('~')) return Finish(orgCode.Code, rule, r);
                sector = orgCountry is null ? orgCode.Code.TrimStart('~') : orgCode.Code[3..];
            }
        }

        if (sector is null || sector.Length == 0) return null;
        if (r.Former) sector = "ELI";
        country ??= fallbackCountry;
        return country is null ? null : Finish(country + Primary(sector), rule, r);
    }

    private static ActorCode Finish(string code, string rule, RoleReading r) => new(code, rule, r.Start, r.End, r.Former ? "former role" : null);

    /// <summary>The first three letters of a sector chain ("GOVMED" → GOV): Dossier codes country + one sector.</summary>
    private static string Primary(string sector) => sector.Length > 3 ? sector[..3] : sector;

    private ActorCode? WithCountry(string code, string rule, string? country, Mention named)
    {
        if (!code.StartsWith('~')) return new ActorCode(code, rule, named.TokenStart, named.TokenEnd);
        return country is null ? null : new ActorCode(country + Primary(code[1..]), rule, named.TokenStart, named.TokenEnd, "country from the text");
    }

    /// <summary>Leading country words of a name ("Russian Foreign Ministry", "Kazakhstan's KNB"): the rest's start and the ISO-3.</summary>
    private (int Start, string? Iso3) StripCountry(Doc doc, int start, int end)
    {
        string? country = null;
        for (int n = Math.Min(3, end - start - 1); n >= 1; n--)
        {
            var span = doc.Text.AsSpan(doc[start].Start, doc[start + n - 1].End - doc[start].Start);
            if (places.CountryOf(span) is not { } iso2) continue;
            country = places.Iso3(iso2);
            start += n;
            if (start < end && doc[start].Text is "'s" or "\u2019s") start++;
            break;
        }

        return (start, country);
    }
}

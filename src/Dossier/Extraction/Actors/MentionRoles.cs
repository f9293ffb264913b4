using Dossier.Text;

namespace Dossier.Extraction.Actors;

/// <summary>
/// Reads, before the sieves run, the roles each person mention states (<see cref="RoleFinder"/>: a name's
/// premodifiers, appositions and copular phrases; a description as a whole) and a name's country from its
/// dated lexicon entry, so that a description ("the Kazakh President") can be matched to the person whose
/// roles it repeats and kept from one whose roles contradict it.
/// </summary>
internal static class MentionRoles
{
    public static void Read(Doc doc, List<CorefMention> mentions, ActorDescriber describer)
    {
        var namedAt = new int[doc.Count];
        Array.Fill(namedAt, -1);
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind != MentionKind.Named) continue;
            for (int t = m.Start; t < m.End; t++)
            {
                if (namedAt[t] < 0) namedAt[t] = i;
            }
        }

        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Named && m.IsPerson)
            {
                var facts = new List<RoleFact>();
                foreach (var r in describer.Roles.ReadNamed(doc, m.Start, m.End, namedAt))
                {
                    if (Fact(doc, r, describer, namedAt) is { } f) facts.Add(f);
                }

                m.Roles = [.. facts];
                m.NameCountry = NameCountry(doc, m, describer);
            }
            else if (m.Kind == MentionKind.Nominal && !m.Plural && (m.Type == "PER" || m.Role)
                && describer.Roles.ReadNominal(doc, m.Start, m.End, namedAt) is { } reading && Fact(doc, reading, describer, namedAt) is { } fact)
            {
                m.Roles = [fact];
            }
        }
    }

    private static RoleFact? Fact(Doc doc, RoleReading r, ActorDescriber describer, int[] namedAt)
    {
        // Relations ("his successor") relate two people; they are no office of either.
        if (r.Role is not { } role || r.Relation is not null) return null;
        string? country = r.Country is { } iso2 ? describer.Places.Iso3(iso2) : null;
        string? org = null;
        int orgMention = -1;
        if (r.OrgStart >= 0)
        {
            int start = r.OrgStart;
            while (start < r.OrgEnd && doc[start].Pos == Upos.DET) start++;
            if (start < r.OrgEnd) org = RoleFinder.Lower(doc, start, r.OrgEnd);
            for (int t = r.OrgStart; t < r.OrgEnd && orgMention < 0; t++) orgMention = namedAt[t];
        }

        bool current = r.Statuses.Contains("new") || r.Statuses.Contains("current") || r.Statuses.Contains("acting");
        return new RoleFact(role, describer.Lexicon.RoleClasses(role), r.Former, current && !r.Former, country, org, orgMention);
    }

    /// <summary>The country of the code a person's lexicon entry holds on the document date ("nursultan nazarbayev" → KAZ).</summary>
    private static string? NameCountry(Doc doc, CorefMention m, ActorDescriber describer)
    {
        string name = string.Join(' ', m.NameWords);
        if (m.NameWords.Length < 2 || describer.Lexicon.FindNamed(name) is not { } entry) return null;
        if (DatedCode.ParseAll(entry.Codes) is not { } codes || DatedCode.For(codes, doc.Info.Date) is not { } pick) return null;
        string code = pick.Code.Code;
        return code.Length >= 3 && describer.Places.IsIso3(code[..3]) ? code[..3] : null;
    }
}

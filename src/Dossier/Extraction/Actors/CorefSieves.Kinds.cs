namespace Dossier.Extraction.Actors;

/// <summary>
/// Sieve 6e, kind descriptions (descriptions.tsv): "the country", "the former Soviet republic" → the salient
/// country; "the intelligence service", "the army", "the alliance" → the one named organisation of that kind.
/// Sieve 7b, cataphoric roles: "His spokesman denied …" before "his spokesman X" → X.
/// </summary>
internal sealed partial class CorefSieves
{
    /// <summary>
    /// A country description ("the country", "the Central Asian country", "the kingdom") is the most recent
    /// country named in its paragraph that fits its qualifiers; when the paragraph names several, the document's
    /// most named country among them; when it names none, the document's most named country that fits (a tie
    /// leaves it unresolved). The description becomes a mention of the place, so "across the country" is the place.
    /// </summary>
    private void CountryDescriptions()
    {
        Dictionary<string, int>? counts = null;
        for (int i = 0; i < _m.Count; i++)
        {
            var m = _m[i];
            if (m.Kind != MentionKind.Nominal || m.Qualifiers is not { } q || m.Classes[0] != DescriptionLexicon.Country || m.Plural || m.Anchored) continue;
            counts ??= CountryCounts();
            if (SalientCountry(i, q, counts) is int c and >= 0) Attach(c, i, "LOC", "coref:country-description");
        }
    }

    /// <summary>
    /// An organisation description of a kind ("the domestic intelligence service": spy) is the one named organisation
    /// of that kind (by name words or sector code) that fits its country, mentioned before it; with none before, one
    /// in the same or the next sentence ("the ex-head of the intelligence service … the KNB"). Two candidates: unresolved.
    /// </summary>
    private void OrganisationDescriptions()
    {
        for (int i = 0; i < _m.Count; i++)
        {
            var m = _m[i];
            if (m.Kind != MentionKind.Nominal || m.Qualifiers is not { } q || m.Classes[0] == DescriptionLexicon.Country || m.Plural || m.Anchored) continue;
            if (_clusters.HasNamed(i)) continue;
            int before = -1, after = -1;
            bool manyBefore = false, manyAfter = false;
            for (int j = 0; j < _m.Count; j++)
            {
                var x = _m[j];
                if (x.Kind != MentionKind.Named || Array.IndexOf(x.Classes, m.Classes[0]) < 0 || !OrganisationFits(x, q)) continue;
                if (x.End <= m.Start) Note(j, ref before, ref manyBefore);
                else if (x.Start >= m.End && x.Sentence <= m.Sentence + 1) Note(j, ref after, ref manyAfter);
            }

            int c = before >= 0 ? (manyBefore ? -1 : before) : (manyAfter ? -1 : after);
            if (c >= 0) Attach(c, i, "ORG", "coref:organisation-description");
        }
    }

    /// <summary>Keeps the first candidate and notes when a second, different one appears.</summary>
    private void Note(int j, ref int found, ref bool many)
    {
        if (found < 0) found = j;
        else if (!_clusters.Same(found, j)) many = true;
    }

    /// <summary>Whether a named organisation fits a description's qualifiers: its country, when the description states one.</summary>
    private bool OrganisationFits(CorefMention x, KindQualifiers q)
    {
        if (q.Country is null && q.Regions.Length == 0) return true;
        return x.Country is { } iso3 && _places!.Iso2(iso3) is { } iso2 && q.Fits(iso2, iso3, _places);
    }

    /// <summary>Links description i to cluster c as a mention of type <paramref name="type"/> (a blocker becomes an actor mention).</summary>
    private void Attach(int c, int i, string type, string rule)
    {
        var m = _m[i];
        var (blocker, oldType) = (m.Blocker, m.Type);
        if (m.Blocker) (m.Blocker, m.Type) = (false, type);
        if (!_clusters.Link(c, i, rule))
        {
            (m.Blocker, m.Type) = (blocker, oldType);
            return;
        }

        m.Rule = rule;
        m.Anchored = true;
    }

    /// <summary>The number of named mentions of each country (ISO-3) in the document.</summary>
    private Dictionary<string, int> CountryCounts()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var x in _m)
        {
            if (x.Kind == MentionKind.Named && x.Country is { } c) counts[c] = counts.GetValueOrDefault(c) + 1;
        }

        return counts;
    }

    /// <summary>The named country mention description i refers to (<see cref="CountryDescriptions"/>), or -1.</summary>
    private int SalientCountry(int i, KindQualifiers q, Dictionary<string, int> counts)
    {
        var m = _m[i];
        int paragraph = _paragraph[m.Sentence], recent = -1, several = 0;
        string? dominant = DominantCountry(q, counts);
        int dominantHere = -1;
        for (int j = i - 1; j >= 0 && _paragraph[_m[j].Sentence] == paragraph; j--)
        {
            var x = _m[j];
            if (x.Kind != MentionKind.Named || x.Country is not { } iso3 || x.End > m.Start || !Fits(iso3, q)) continue;
            if (recent < 0) recent = j;
            else if (_m[recent].Country != iso3) several++;
            if (iso3 == dominant && dominantHere < 0) dominantHere = j;
        }

        if (recent >= 0) return several > 0 && dominantHere >= 0 ? dominantHere : recent;
        if (dominant is null) return -1;
        for (int j = 0; j < _m.Count; j++)
        {
            if (_m[j].Kind == MentionKind.Named && _m[j].Country == dominant) return j;
        }

        return -1;
    }

    /// <summary>The most named country that fits the qualifiers, or null on a tie or when none does.</summary>
    private string? DominantCountry(KindQualifiers q, Dictionary<string, int> counts)
    {
        string? best = null;
        int bestCount = 0;
        bool tie = false;
        foreach (var (iso3, count) in counts)
        {
            if (!Fits(iso3, q)) continue;
            if (count > bestCount) (best, bestCount, tie) = (iso3, count, false);
            else if (count == bestCount) tie = true;
        }

        return tie ? null : best;
    }

    private bool Fits(string iso3, KindQualifiers q) => _places!.Iso2(iso3) is { } iso2 && q.Fits(iso2, iso3, _places);

    /// <summary>
    /// Sieve 7b: a possessed role description with no name yet ("His spokesman denied …") is the one person a later
    /// description with the same role noun and the same possessor names ("… his spokesman Erlan Batyrov said"): the
    /// possessors are one actor, or pronouns of one gender and number neither of which names someone else.
    /// </summary>
    private void CataphoricRoles()
    {
        for (int i = 0; i < _m.Count; i++)
        {
            var m = _m[i];
            if (m.Kind != MentionKind.Nominal || m.Type != "PER" || m.Plural || !m.Possessed || m.Anchored || _clusters.HasNamed(i)) continue;
            int p = Possessor(m.Head);
            if (p < 0) continue;
            int found = -1;
            for (int j = i + 1; j < _m.Count; j++)
            {
                var x = _m[j];
                if (x.Kind != MentionKind.Nominal || !x.Anchored || !x.Possessed || x.HeadLemma != m.HeadLemma || !_clusters.HasNamed(j)) continue;
                if (Possessor(x.Head) is not (int p2 and >= 0) || !PossessorsAgree(p, p2)) continue;
                if (found >= 0 && !_clusters.Same(found, j))
                {
                    found = -1;
                    break;
                }

                found = j;
            }

            if (found < 0 || !_clusters.CanLink(found, i)) continue;
            string kept = _m[found].Rule;
            if (!_clusters.Link(i, found, "coref:cataphoric-role")) continue;
            // The later description keeps its own rule; the earlier one records this sieve.
            _m[found].Rule = kept;
            m.Rule = "coref:cataphoric-role";
        }
    }

    /// <summary>Two possessors are one: the same cluster, or agreeing phrases that do not name two different actors.</summary>
    private bool PossessorsAgree(int a, int b)
    {
        if (_clusters.Same(a, b)) return true;
        if (_clusters.HasNamed(a) && _clusters.HasNamed(b)) return false;
        var x = _m[a];
        var y = _m[b];
        if (x.Kind == MentionKind.Pronominal && y.Kind == MentionKind.Pronominal && (x.Gender != y.Gender || x.Plural != y.Plural)) return false;
        return _clusters.CanLink(a, b);
    }
}

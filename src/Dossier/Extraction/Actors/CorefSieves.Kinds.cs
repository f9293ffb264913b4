namespace Dossier.Extraction.Actors;

/// <summary>
/// Sieve 4b, kind descriptions (descriptions.tsv): "the country", "the former Soviet republic" → the salient
/// country; "the intelligence service", "the army", "the alliance" → the one named organisation of that kind.
/// Sieve 7b, cataphoric roles: "His spokesman denied …" before "his spokesman X" → X.
/// </summary>
internal sealed partial class CorefSieves
{
    /// <summary>
    /// A country description ("the country", "the Central Asian country", "the kingdom") is the country in view that
    /// fits its qualifiers (<see cref="SalientCountry"/>: its sentence, its paragraph, the document). The description
    /// becomes a mention of the place, so "in the country" is the place for the events layer.
    /// </summary>
    private void CountryDescriptions()
    {
        for (int i = 0; i < _m.Count; i++)
        {
            var m = _m[i];
            if (m.Kind != MentionKind.Nominal || m.Qualifiers is not { } q || m.Classes[0] != DescriptionLexicon.Country || m.Plural || m.Anchored) continue;
            if (SalientCountry(i, q, DocumentCountries()) is int c and >= 0) Attach(c, i, "LOC", "coref:country-description");
        }
    }

    /// <summary>How often the document names each country or uses its demonym (ISO-2), read on first need.</summary>
    private Dictionary<string, int>? _documentCountries;

    /// <summary>How many place names of the document are each country (ISO-3).</summary>
    private Dictionary<string, int>? _namedCountries;

    private Dictionary<string, int> DocumentCountries()
    {
        if (_documentCountries is null)
        {
            _documentCountries = _places!.CountDocumentCountries(_doc);
            _countryNames = CountryNames();
            _namedCountries = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var c in _countryNames)
            {
                if (c is not null) _namedCountries[c] = _namedCountries.GetValueOrDefault(c) + 1;
            }
        }

        return _documentCountries;
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
                if (x.Kind != MentionKind.Named || Array.IndexOf(x.Classes, m.Classes[0]) < 0 || !OrganisationFits(x, q, i)) continue;
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

    /// <summary>
    /// Whether a named organisation fits description i: the country its qualifiers state; without one, an organisation of
    /// a country must belong to a country named in the description's paragraph or to the document's main country ("the
    /// military" in a report on Iraq is not the "U.S. Army" a veteran once served in).
    /// </summary>
    private bool OrganisationFits(CorefMention x, KindQualifiers q, int i)
    {
        if (q.Country is not null || q.Regions.Length > 0) return x.Country is { } iso3 && _places!.Iso2(iso3) is { } iso2 && q.Fits(iso2, iso3, _places);
        return x.Country is not { } own || CountryInView(own, i);
    }

    private bool CountryInView(string iso3, int i)
    {
        var counts = DocumentCountries();
        int paragraph = _paragraph[_m[i].Sentence];
        for (int j = 0; j < _m.Count; j++)
        {
            if (_paragraph[_m[j].Sentence] == paragraph && IsCountryName(j) && NameCountry(j) == iso3) return true;
        }

        string? top = null;
        int best = 0;
        foreach (var (iso2, count) in counts)
        {
            if (count > best) (top, best) = (iso2, count);
            else if (count == best) top = null;
        }

        return top is not null && _places!.Iso3(top) == iso3;
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

    /// <summary>
    /// The named country mention description i refers to, or -1: the one country named earlier in its sentence (two
    /// there: unresolved), else the one named earlier in its paragraph (several: the document's main country if it is
    /// among them), else the document's main country (<see cref="MainCountry"/>). A country in the subject of a clause
    /// above the description is never its referent ("the United States tries to improve ties with the country",
    /// "China's banks shut down business with the country"); in the description's sentence it makes it unresolved.
    /// </summary>
    private int SalientCountry(int i, KindQualifiers q, Dictionary<string, int> counts)
    {
        var m = _m[i];
        int paragraph = _paragraph[m.Sentence], inSentence = -1, inParagraph = -1;
        bool unclear = false, severalInParagraph = false;
        string? commanding = null;
        string? main = null;
        bool mainKnown = false;
        int mainHere = -1;
        for (int j = i - 1; j >= 0 && _paragraph[_m[j].Sentence] == paragraph; j--)
        {
            var x = _m[j];
            if (!IsCountryName(j) || x.End > m.Start || !Fits(NameCountry(j), q)) continue;
            bool above = InSubjectAbove(j, m.Head);
            if (x.Sentence == m.Sentence)
            {
                if (above) commanding = NameCountry(j);
                else if (inSentence < 0) inSentence = j;
                else unclear |= NameCountry(inSentence) != NameCountry(j);
                continue;
            }

            if (NameCountry(j) == commanding) continue;
            if (inParagraph < 0) inParagraph = j;
            else severalInParagraph |= NameCountry(inParagraph) != NameCountry(j);
            if (!mainKnown) (main, mainKnown) = (MainCountry(q, counts), true);
            if (NameCountry(j) == main) mainHere = j;
        }

        if (inSentence >= 0) return unclear ? -1 : inSentence;
        if (inParagraph >= 0) return severalInParagraph && mainHere >= 0 ? mainHere : inParagraph;
        if (!mainKnown) main = MainCountry(q, counts);
        if (main is null) return -1;
        for (int j = 0; j < _m.Count; j++)
        {
            if (IsCountryName(j) && NameCountry(j) == main) return j;
        }

        return -1;
    }

    /// <summary>
    /// True when mention j is the subject of a clause above token t, or the subject's possessor ("the United States
    /// tries to improve ties with [t]", "China's banks shut down business with [t]"); a modifier of the subject ("the
    /// situation in Iraq … given [t]'s instability") is not, nor the subject of a clause that t's clause is coordinated
    /// with or reported by ("Japan prides itself …, but … [t] can live").
    /// </summary>
    private bool InSubjectAbove(int j, int t)
    {
        int h = _m[j].Head;
        for (int a = _doc.Head[t], steps = 0; a >= 0 && steps < 32; a = _doc.Head[a], steps++)
        {
            // Only within the description's clause and the clauses that control it ("tries to improve ties with"): a
            // coordinated, reported or adverbial clause has its own topic ("Iran said the country would …").
            if (_doc.Deprel[t] is "conj" or "parataxis" or "ccomp" or "csubj" or "acl:relcl" || _doc.Deprel[t].StartsWith("advcl", StringComparison.Ordinal)) return false;
            foreach (int k in _children!.Of(a))
            {
                if (k == t || !_doc.Deprel[k].StartsWith("nsubj", StringComparison.Ordinal)) continue;
                if (k == h || (_doc.Head[h] == k && _doc.Deprel[h] == "nmod:poss")) return true;
            }

            t = a;
        }

        return false;
    }

    /// <summary>Per mention, the country (ISO-3) its name is, or the country its cluster's place names are ("U.S." with "United States").</summary>
    private string?[]? _countryNames;

    private string?[] CountryNames()
    {
        var names = new string?[_m.Count];
        for (int j = 0; j < _m.Count; j++)
        {
            if (_m[j].Kind != MentionKind.Named || _m[j].Type != "LOC" || _m[j].Country is not { } iso3) continue;
            foreach (int k in _clusters.Members(j))
            {
                if (_m[k].Kind == MentionKind.Named && _m[k].Type == "LOC") names[k] ??= iso3;
            }
        }

        return names;
    }

    /// <summary>A place name that is a country ("Kazakhstan", "the U.S."): organisations have a country too, but are none.</summary>
    private bool IsCountryName(int j) => _countryNames![j] is not null;

    private string NameCountry(int j) => _countryNames![j]!;

    /// <summary>
    /// The country the document is most about, as ISO-3: the one named most often that fits the qualifiers, unless
    /// names and demonyms together (<see cref="PlaceLinker.CountDocumentCountries"/>) favour another ("Americans" in an
    /// article that names only Russia); null on a tie or when none fits.
    /// </summary>
    private string? MainCountry(KindQualifiers q, Dictionary<string, int> counts)
    {
        string? best = null;
        int bestCount = 0;
        bool tie = false;
        foreach (var (iso3, count) in _namedCountries!)
        {
            if (!Fits(iso3, q)) continue;
            if (count > bestCount) (best, bestCount, tie) = (iso3, count, false);
            else if (count == bestCount) tie = true;
        }

        if (best is null || tie) return null;
        int support = counts.GetValueOrDefault(_places!.Iso2(best) ?? "");
        foreach (var (iso2, count) in counts)
        {
            if (count > support && _places.Iso3(iso2) is { } other && other != best && q.Fits(iso2, other, _places)) return null;
        }

        return best;
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

    /// <summary>
    /// Two possessors are one: the same cluster; or pronouns of one gender and number of which at least one found no
    /// antecedent and has none to find (<see cref="Cataphoric"/>) and the other's cluster agrees with it. Two pronouns
    /// resolved to two different clusters ("a man … his wife", "Stuart Elliott and his wife") are two possessors.
    /// </summary>
    private bool PossessorsAgree(int a, int b)
    {
        if (_clusters.Same(a, b)) return true;
        var x = _m[a];
        var y = _m[b];
        if (x.Kind != MentionKind.Pronominal || y.Kind != MentionKind.Pronominal || x.Gender != y.Gender || x.Plural != y.Plural) return false;
        return ((PronounsOnly(a) && Cataphoric(a)) || (PronounsOnly(b) && Cataphoric(b))) && _clusters.CanLink(a, b);
    }

    /// <summary>
    /// An unresolved pronoun that can only point forward: no person of its gender and number is mentioned before it
    /// ("His spokesman denied …" opening an article), unlike "a man on a trip with his wife", whose "his" is the man's.
    /// </summary>
    private bool Cataphoric(int p)
    {
        var pronoun = _m[p];
        for (int k = 0; k < p; k++)
        {
            var x = _m[k];
            // The phrase the pronoun possesses ("His spokesman") is no antecedent of it.
            if (x.Kind == MentionKind.Pronominal || x.Blocker || x.End > pronoun.Start || x.Plural != pronoun.Plural
                || _clusters.TypeOf(k) != (pronoun.Plural ? "GROUP" : "PER")) continue;
            var g = _clusters.GenderOf(k);
            if (g == Gender.Unknown || g == pronoun.Gender) return false;
        }

        return true;
    }

    private bool PronounsOnly(int a)
    {
        foreach (int k in _clusters.Members(a))
        {
            if (_m[k].Kind != MentionKind.Pronominal) return false;
        }

        return true;
    }
}

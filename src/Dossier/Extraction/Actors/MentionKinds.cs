using Dossier.Text;

namespace Dossier.Extraction.Actors;

/// <summary>
/// Reads, before the sieves run, what kind of organisation or place a mention is (descriptions.tsv): a named
/// organisation's kinds from its name words or sector code ("Armed Forces of X" → mil, "KNB" coded KAZSPY → spy)
/// and its country, a named country's ISO-3, and a kind description's noun and qualifiers ("the domestic
/// intelligence service" → spy, "the former Soviet republic" → a country among the Soviet ones whose official
/// name holds "Republic"). A description with a qualifier the lexicon does not know gets no kind: "the
/// neighbouring country" is not the country the text is about.
/// </summary>
internal static class MentionKinds
{
    public static void Read(Doc doc, List<CorefMention> mentions, ActorDescriber describer, ChildIndex children)
    {
        var kinds = describer.Lexicon.Descriptions;
        // Names first: "Russia's army" reads the country of its possessor, a mention sorted after it (same start, shorter).
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Named && m.NameWords.Length > 0) ReadNamed(doc, m, describer);
        }

        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Nominal && !m.IsAge && kinds.IsHead(m.HeadLemma)) ReadDescription(doc, children, m, kinds, describer.Places, mentions);
        }
    }

    private static void ReadNamed(Doc doc, CorefMention m, ActorDescriber describer)
    {
        var places = describer.Places;
        int skip = m.NameWords[0] == "the" ? 1 : 0;
        if (m.Type == "LOC")
        {
            int start = m.Start;
            if (doc[start].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) start++;
            if (start >= m.End) return;
            var place = doc.Text.AsSpan(doc.Start[start], doc.End[m.End - 1] - doc.Start[start]);
            if (places.CountryNamed(place) is { } iso2 && !AlsoRegionElsewhere(places, place, iso2)) m.Country = places.Iso3(iso2);
            return;
        }

        if (m.Type is not ("ORG" or "MISC")) return;
        var words = m.NameWords.AsSpan(skip);
        var classes = describer.Lexicon.Descriptions.NameClasses(words);
        string name = string.Join(' ', words);
        string? code = describer.Lexicon.FindOrganisation(name)?.Code;
        if (code is null && describer.Lexicon.FindNamed(name) is { } entry && DatedCode.ParseAll(entry.Codes) is { } codes
            && DatedCode.For(codes, doc.Info.Date) is { } pick) code = pick.Code.Code;
        if (code is not null)
        {
            string bare = code.TrimStart('~');
            bool national = bare.Length >= 6 && places.IsIso3(bare[..3]);
            if (national) m.Country = bare[..3];
            string sector = national ? bare[3..6] : bare.Length >= 3 ? bare[..3] : bare;
            if (classes.Length == 0 && describer.Lexicon.Descriptions.CodeClass(sector) is { } cls) classes = [cls];
        }

        // "Russian Foreign Ministry", "Kazakh Armed Forces": the first word may say whose it is.
        if (m.Country is null && words.Length > 1 && places.CountryOf(doc[m.Start + skip].Text) is { } first) m.Country = places.Iso3(first);
        m.Classes = classes;
    }

    /// <summary>"Georgia" is a country and a US state: such a name says too little to stand for "the country".</summary>
    private static bool AlsoRegionElsewhere(PlaceLinker places, ReadOnlySpan<char> name, string iso2)
    {
        foreach (var p in places.Gazetteer.Find(name))
        {
            if (p.Kind == Nlp.Gazetteers.PlaceKind.Admin1 && p.CountryCode != iso2) return true;
        }

        return false;
    }

    private static void ReadDescription(Doc doc, ChildIndex children, CorefMention m, DescriptionLexicon kinds, PlaceLinker places,
        List<CorefMention> mentions)
    {
        int h = m.Head, nounStart = h;
        string? cls = null;
        if (h > m.Start && doc.Head[h - 1] == h && doc.Deprel[h - 1] is "compound" or "amod")
        {
            cls = kinds.NounClass(RoleFinder.Lower(doc, h - 1, h) + " " + m.HeadLemma);
            if (cls is not null) nounStart = h - 1;
        }

        cls ??= kinds.NounClass(m.HeadLemma);
        if (cls is null) return;
        // "the country where he was born", "the army of X": the phrase says more than the kind; leave it to other rules.
        // (A plain acl stays: the parser also reads a subject's verb as one, "the alliance agreed to …".)
        foreach (int c in children.Of(h))
        {
            if (c > h && doc.Deprel[c] is "nmod" or "acl:relcl") return;
        }

        string? country = null;
        int q = m.Start;
        bool determined = false;
        if (q < nounStart && doc.Deprel[q] == "det")
        {
            if (!doc[q].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) return;
            determined = true;
            q++;
        }
        else if (q < nounStart && Possessor(doc, children, h) is int p and >= 0 && doc.LeftEdge[p] == q)
        {
            // "Russia's army": the possessor is a named country; else the phrase is someone else's ("its army", "our country").
            if (cls.StartsWith(DescriptionLexicon.Country, StringComparison.Ordinal) || NamedCountryAt(mentions, p) is not { } owner) return;
            country = owner;
            determined = true;
            q = doc.RightEdge[p] + 1;
        }

        if (!determined) return;
        List<System.Collections.Frozen.FrozenSet<string>>? regions = null;
        if (q < nounStart && !Qualify(doc, q, nounStart, kinds, places, ref regions, ref country)) return;
        string? official = cls == DescriptionLexicon.CountryOfficial ? doc[h].Text.ToString() : null;
        m.Classes = [cls == DescriptionLexicon.CountryOfficial ? DescriptionLexicon.Country : cls];
        m.Qualifiers = new KindQualifiers(country, regions is null ? [] : [.. regions], official);
    }

    /// <summary>The country (ISO-3) of the named mention headed by token t ("Russia" in "Russia's army"), or null.</summary>
    private static string? NamedCountryAt(List<CorefMention> mentions, int t)
    {
        foreach (var x in mentions)
        {
            if (x.Kind == MentionKind.Named && x.Start <= t && t < x.End) return x.Country;
        }

        return null;
    }

    private static int Possessor(Doc doc, ChildIndex children, int h)
    {
        foreach (int c in children.Of(h))
        {
            if (doc.Deprel[c] == "nmod:poss") return c;
        }

        return -1;
    }

    /// <summary>
    /// Reads the words of tokens [q, end) as qualifiers: regions ("central asian", "former soviet"), neutral words
    /// ("whole", "small") and one country adjective or name ("Russian"); false at any other word.
    /// </summary>
    private static bool Qualify(Doc doc, int q, int end, DescriptionLexicon kinds, PlaceLinker places,
        ref List<System.Collections.Frozen.FrozenSet<string>>? regions, ref string? country)
    {
        var words = doc.Text[doc.Start[q]..doc.End[end - 1]].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int k = 0; k < words.Length;)
        {
            int n = Math.Min(kinds.MaxRegionWords, words.Length - k);
            for (; n >= 1; n--)
            {
                string phrase = n == 1 ? words[k] : string.Join(' ', words, k, n);
                if (kinds.Region(phrase) is { } region)
                {
                    (regions ??= []).Add(region);
                    break;
                }

                if (n > 1) continue;
                if (kinds.IsNeutral(phrase)) break;
                if (places.CountryOf(phrase) is { } iso2 && places.Iso3(iso2) is { } iso3
                    && (country is null || country == iso3))
                {
                    country = iso3;
                    break;
                }

                return false;
            }

            k += Math.Max(n, 1);
        }

        return true;
    }
}

using System.Globalization;
using System.Text;
using Dossier.Text;

namespace Dossier.Extraction.Actors;

/// <summary>
/// Reads the descriptions around a named mention and inside a nominal one: premodifiers ("Kazakh President
/// X", "former KNB chief X", "the 68-year-old X", "Mr X"), appositions ("X, the former head of the KNB,";
/// "X, 56,"), copular phrases ("X is the deputy secretary of the Security Council") and the mention itself
/// ("the former head of government"). Words come from roles.tsv and the agent lists; countries from the
/// gazetteer. Stateless apart from the lexicons, so thread-safe.
/// </summary>
internal sealed class RoleFinder(ActorCodeLexicon lexicon, PlaceLinker places)
{
    private const int MaxPremodifiers = 8;
    private const int MaxApposition = 14;

    /// <summary>The readings for a named mention over tokens [start, end); orgTokens marks ORG mentions.</summary>
    public List<RoleReading> ReadNamed(Doc doc, int start, int end, int[] actorAt)
    {
        var readings = new List<RoleReading>(3);
        int sentence = doc.SentenceOf(start);
        var span = doc.Sentence(sentence);
        if (Premodifier(doc, start, span.Start, actorAt) is { } pre) readings.Add(pre);
        readings.AddRange(ReverseApposition(doc, start, end, span.Start, span.End, actorAt));
        if (Leading(doc, start, end, actorAt) is { } lead) readings.Add(lead);
        if (Apposition(doc, end, span.End, actorAt) is { } app) readings.Add(app);
        // "X is …", or after an apposition: "X, 56, is a close ally of Y".
        int after = end;
        if (IsText(doc, end, ","))
        {
            after = end + 1;
            while (after < span.End && after - end <= MaxApposition && !IsText(doc, after, ",")) after++;
            after++;
        }

        if ((Copular(doc, end, span.End, actorAt) ?? (after > end + 1 ? Copular(doc, after, span.End, actorAt) : null)) is { } cop) readings.Add(cop);
        return readings;
    }

    /// <summary>A nominal mention read as a whole ("the 68-year-old", "the former KNB boss").</summary>
    public RoleReading? ReadNominal(Doc doc, int start, int end, int[] actorAt)
    {
        var r = Parse(doc, start, end, actorAt, "nominal");
        return r.HasRole || r.Age is not null || r.Country is not null ? r : null;
    }

    private RoleReading? Premodifier(Doc doc, int start, int sentenceStart, int[] actorAt)
    {
        int p = start;
        while (p > sentenceStart && start - p < MaxPremodifiers && CanPremodify(doc, p - 1, actorAt)) p--;
        if (p == start) return null;
        var r = Parse(doc, p, start, actorAt, "premodifier");
        // Only words that end right at the name describe it; "Thursday" or a verb's object further left do not.
        // "Minister of Defence X": the role's "of" qualifier may be what ends at the name.
        bool qualified = r.HasRole && r.End == start && (r.OrgEnd == start || r.CountryEnd == start) && (r.OrgStart > r.RoleStart || r.CountryStart > r.RoleStart);
        if (r.HasRole && r.RoleEnd != start && !qualified) { r.Role = null; r.Relation = null; }
        if (r.Age is not null && r.AgeEnd != start && r.RoleEnd != start) r.Age = null;
        if (r.Country is not null && r.CountryEnd != start && r.RoleEnd != start) r.Country = null;
        if (r.GenderToken >= 0 && r.GenderToken != start - 1) r.Gender = null;
        return r.HasRole || r.Age is not null || r.Country is not null || r.Gender is not null ? r : null;
    }

    /// <summary>Role words the recogniser kept inside the name ("President Tokayev").</summary>
    private RoleReading? Leading(Doc doc, int start, int end, int[] actorAt)
    {
        if (end - start < 2) return null;
        // "US Secretary of State Jane Roe" when the recogniser kept the country in the name.
        int first = CountryAt(doc, start, end - 1) is { } c && c.Length < end - start - 1 ? start + c.Length : start;
        var (len, word, _) = Match(doc, first, end - 1);
        if (len == 0 || word is null || word.Kind is not ("role" or "status" or "title")) return null;
        var r = Parse(doc, start, end - 1, actorAt, "title");
        return r.HasRole || r.Gender is not null ? r : null;
    }

    private RoleReading? Apposition(Doc doc, int end, int sentenceEnd, int[] actorAt)
    {
        if (end >= sentenceEnd - 1 || !IsText(doc, end, ",", "(")) return null;
        int a = end + 1, b = a;
        while (b < sentenceEnd && b - a < MaxApposition && !IsText(doc, b, ",", ";", ")", ".", ":", "\u2014", "\u2013")) b++;
        if (b == a) return null;
        // "X, 56," / "X (56)" / "X, aged 56,"
        int ageAt = IsText(doc, a, "aged") ? a + 1 : a;
        if (ageAt == b - 1 && doc[ageAt].Pos == Upos.NUM && SmallNumber(doc, ageAt) is int years and >= 1 and <= 120)
        {
            var age = new RoleReading { Context = "apposition", Age = years, AgeStart = a, AgeEnd = b };
            age.Touch(a, b);
            return age;
        }

        if (IsText(doc, a, "who", "which") && a + 1 < b)
        {
            var (len, word, _) = Match(doc, a + 1, b);
            if (word?.Kind != "copula") return null;
            a += 1 + len;
        }

        var r = Parse(doc, a, b, actorAt, "apposition");
        // "with President X, Chinese President Y urged …": a title followed by another person's name is Y's.
        if (r.HasRole && r.RoleEnd < b && IsPersonAt(doc, r.RoleEnd)) return null;
        return r.HasRole && FirstContent(doc, a, b) == r.Start ? r : null;
    }

    /// <summary>
    /// "the former head of government and ex-head of the FSB, X, was …": descriptions between the previous
    /// comma (or the sentence start) and the comma before the name, when the name is closed by a comma or a
    /// verb (so lists of names give nothing). Each "and"-conjunct is read on its own.
    /// </summary>
    private List<RoleReading> ReverseApposition(Doc doc, int start, int end, int sentenceStart, int sentenceEnd, int[] actorAt)
    {
        var found = new List<RoleReading>();
        if (start - 2 < sentenceStart || !IsText(doc, start - 1, ",")) return found;
        if (end < sentenceEnd && !IsText(doc, end, ",") && doc[end].Pos is not (Upos.VERB or Upos.AUX)) return found;
        int b = start - 1, a = b;
        while (a > sentenceStart && b - a < MaxApposition && !IsText(doc, a - 1, ",", ";", ":", "(", "\u2014")) a--;
        if (a == sentenceStart && b - a >= MaxApposition) return found;
        for (int c = a; c < b;)
        {
            int stop = c;
            while (stop < b && !IsText(doc, stop, "and")) stop++;
            var r = Parse(doc, c, stop, actorAt, "apposition");
            // The description must fill the conjunct: "Leaders including Emma Stone, Paul Grant" is no apposition.
            if (r.HasRole && FirstContent(doc, c, stop) == r.Start && r.End == stop) found.Add(r);
            c = stop + 1;
        }

        return found;
    }

    private RoleReading? Copular(Doc doc, int end, int sentenceEnd, int[] actorAt)
    {
        if (end >= sentenceEnd) return null;
        var (len, word, _) = Match(doc, end, Math.Min(sentenceEnd, end + 4));
        if (len == 0 || word?.Kind != "copula") return null;
        int a = end + len, b = a;
        while (b < sentenceEnd && b - a < MaxApposition && !IsText(doc, b, ",", ";", ".", ":", "(", "\u2014")) b++;
        var r = Parse(doc, a, b, actorAt, "copula");
        if (!r.HasRole || FirstContent(doc, a, b) != r.Start) return null;
        if (word.Value != "-" && r.Statuses.Count == 0) r.Statuses.Add(word.Value);
        r.Touch(end, end + len);
        return r;
    }

    /// <summary>The first token of [a, b) that is not a determiner or possessive pronoun.</summary>
    private static int FirstContent(Doc doc, int a, int b)
    {
        while (a < b && (doc[a].Pos == Upos.DET || IsPossessivePronoun(doc, a))) a++;
        return a;
    }

    private bool CanPremodify(Doc doc, int t, int[] actorAt)
    {
        var tok = doc[t];
        // "Secretary of State X", "Minister of Defence X": a title-case "of" inside a title.
        if (IsText(doc, t, "of")) return IsTitleCase(doc, t - 1) && IsTitleCase(doc, t + 1);
        if (tok.Pos is Upos.VERB or Upos.AUX or Upos.ADP or Upos.CCONJ or Upos.SCONJ or Upos.PART) return IsPossessive(doc, t);
        if (tok.Pos == Upos.PUNCT) return tok.Text is "-" && t > 0 && (doc[t - 1].Flags & TokenFlags.NoSpaceAfter) != 0;
        if (tok.Pos == Upos.PRON) return false;
        // Another person's name ends the description ("Tokayev fired Massimov" never reaches here, but lists do).
        return actorAt[t] < 0 || doc.Entities.Count == 0 || !IsPersonAt(doc, t);
    }

    private static bool IsTitleCase(Doc doc, int t) =>
        t >= 0 && t < doc.Count && doc[t].Text.Length > 0 && char.IsUpper(doc[t].Text[0]) && doc[t].Pos is Upos.NOUN or Upos.PROPN or Upos.ADJ;

    private static bool IsPersonAt(Doc doc, int t)
    {
        foreach (var e in doc.Entities)
        {
            if (e.Start <= t && t < e.End) return e.Type == Nlp.Entities.EntityType.PER;
        }

        return false;
    }

    /// <summary>Reads a descriptive phrase over tokens [a, b) left to right.</summary>
    private RoleReading Parse(Doc doc, int a, int b, int[] actorAt, string context)
    {
        var r = new RoleReading { Context = context };
        int preOrgStart = -1;
        string? deputy = null;
        int i = a;
        while (i < b)
        {
            var tok = doc[i];
            var text = tok.Text;
            if (TryAge(doc, i, b, out int years, out int next))
            {
                r.Age = years; r.AgeStart = i; r.AgeEnd = next; r.Touch(i, next);
                i = next; preOrgStart = -1;
                continue;
            }

            if (IsPossessive(doc, i))
            {
                Possessor(doc, preOrgStart >= 0 ? preOrgStart : i - 1, i, r);
                i++; preOrgStart = -1;
                continue;
            }

            if (tok.Pos == Upos.PUNCT)
            {
                if (text is "-" && i > a && (doc[i - 1].Flags & TokenFlags.NoSpaceAfter) != 0) { i++; continue; }
                break;
            }

            if (text.Equals("ex", StringComparison.OrdinalIgnoreCase) && i + 1 < b && doc[i + 1].Text is "-")
            {
                r.Statuses.Add("ex"); r.Touch(i, i + 2); i += 2;
                continue;
            }

            if (text.Length > 3 && text.StartsWith("ex-", StringComparison.OrdinalIgnoreCase)
                && lexicon.FindWord(text[3..].ToString().ToLowerInvariant()) is { Kind: "role" or "relation" } exRole)
            {
                // "ex-head" as one token: status ex, and the rest is the role.
                r.Statuses.Add("ex");
                SetRole(doc, r, i, i + 1, exRole, null);
                r.Role = text[3..].ToString().ToLowerInvariant();
                i++;
                if (i < b && IsText(doc, i, "of", "at", "for")) { Qualifier(doc, i + 1, b, r, actorAt); break; }
                continue;
            }

            var (len, word, agent) = Match(doc, i, b);
            if (word is { Kind: "status" })
            {
                r.Statuses.Add(word.Value); r.Touch(i, i + len);
                if (word.Value == "deputy") deputy = Lower(doc, i, i + len);
                i += len; preOrgStart = -1;
                continue;
            }

            if (word is { Kind: "title" } && r.Role is null)
            {
                r.Gender = word.Value; r.GenderRule = word.Rule; r.GenderToken = i + len - 1; r.Touch(i, i + len);
                i += len;
                continue;
            }

            if (word is { Kind: "role" or "relation" } || agent is not null)
            {
                SetRole(doc, r, i, i + len, word, agent);
                if (preOrgStart >= 0 && r.OrgStart < 0) { r.OrgStart = preOrgStart; r.OrgEnd = i; r.Touch(preOrgStart, i); }
                preOrgStart = -1;
                i += len;
                if (i < b && IsText(doc, i, "of", "at", "for"))
                {
                    Qualifier(doc, i + 1, b, r, actorAt);
                    break;
                }

                if (i < b && doc[i].Pos is Upos.NOUN or Upos.PROPN && Match(doc, i, b).Length > 0) continue;
                if (i < b && doc[i].Pos is not (Upos.PUNCT or Upos.PROPN)) break;
                continue;
            }

            if (word is not null) break; // a generic noun or a verb group ends the description
            if (char.IsUpper(text[0]) && CountryAt(doc, i, b) is { } c)
            {
                // "the Russian-led alliance", "Iranian-backed militias": the country leads or backs the actor, it is not its own.
                int after = i + c.Length;
                if (after + 1 < b && IsText(doc, after, "-") && doc[after + 1].Pos == Upos.VERB)
                {
                    i = after + 2; preOrgStart = -1;
                    continue;
                }

                r.Country = c.Iso2; r.CountryStart = i; r.CountryEnd = i + c.Length; r.Touch(i, i + c.Length);
                if (c.Demonym) r.Demonym = doc.Text[doc[i].Start..doc[i + c.Length - 1].End];
                i += c.Length; preOrgStart = -1;
                continue;
            }

            if (tok.Pos is Upos.DET or Upos.ADJ or Upos.ADV || IsPossessivePronoun(doc, i))
            {
                i++; preOrgStart = -1;
                continue;
            }

            if (tok.Pos == Upos.PROPN || (tok.Pos == Upos.NOUN && char.IsUpper(text[0])))
            {
                // A name before the role noun is its organisation ("KNB chief"), when it is an actor.
                // Also a known organisation the recogniser missed ("UN Secretary-General X").
                bool org = actorAt[i] >= 0 || lexicon.FindOrganisation(text.ToString().ToLowerInvariant()) is not null;
                if (preOrgStart < 0 && org) preOrgStart = i;
                else if (!org) preOrgStart = -1;
                i++;
                continue;
            }

            if (tok.Pos == Upos.NOUN && r.Role is null) { i++; preOrgStart = -1; continue; }
            break;
        }

        // "deputy secretary" is a different office from "secretary": the prefix stays in the role.
        if (r.Role is not null && deputy is { } d && !r.Role.StartsWith(d, StringComparison.Ordinal)) r.Role = d + " " + r.Role;
        return r;
    }

    private void SetRole(Doc doc, RoleReading r, int start, int end, ActorCodeLexicon.Word? word, ActorCodeLexicon.Coded? agent)
    {
        r.Role = RoleKey(doc, start, end);
        r.RoleStart = start;
        r.RoleEnd = end;
        r.Touch(start, end);
        if (word is not null)
        {
            r.RoleRule = word.Rule;
            r.Relation = word.Kind == "relation" ? word.Value : null;
            r.Sector = word.Kind == "relation" ? "org" : word.Value;
        }
        else
        {
            r.RoleRule = agent!.Rule;
            r.Relation = null;
            r.Sector = agent.Code.TrimStart('~');
        }
    }

    /// <summary>"of [the] X": a country ("of Kazakhstan") or an organisation ("of the KNB").</summary>
    private void Qualifier(Doc doc, int a, int b, RoleReading r, int[] actorAt)
    {
        while (a < b && doc[a].Pos == Upos.DET) a++;
        // "ally of the authoritarian ex-President Nazarbayev": the other person's own description before the name
        // is skipped, so the qualifier is the name (and the relation points at that actor).
        if (NameAfterDescription(doc, a, b, actorAt) is int name) a = name;
        // A name ("the Security Council of Kazakhstan") stays capitalised; a description ("the national police")
        // stays lower case: a change of case ends the organisation ("the FSB last week").
        int e = a;
        bool named = a < b && char.IsUpper(doc[a].Text[0]);
        while (e < b && (doc[e].Pos is Upos.PROPN or Upos.NOUN or Upos.ADJ or Upos.NUM && char.IsUpper(doc[e].Text[0]) == named
               || e > a && named && IsText(doc, e, "of", "for", "and") && e + 1 < b && char.IsUpper(doc[e + 1].Text[0]))) e++;
        if (e == a) return;
        if (CountryAt(doc, a, e) is { } c && c.Length == e - a)
        {
            r.Country = c.Iso2; r.CountryStart = a; r.CountryEnd = e;
        }
        else
        {
            r.OrgStart = a; r.OrgEnd = e;
        }

        r.Touch(a, e);
    }

    /// <summary>
    /// The first token of a person's name that follows a short description of them within [a, b): adjectives,
    /// status and role words ("the authoritarian ex-President X", "the Russian President X"); null otherwise.
    /// </summary>
    private int? NameAfterDescription(Doc doc, int a, int b, int[] actorAt)
    {
        for (int t = a; t < b && t < a + 6; t++)
        {
            if (actorAt[t] >= 0 && IsPersonAt(doc, t)) return t > a ? t : null;
            var tok = doc[t];
            bool describes = tok.Pos is Upos.ADJ || tok.Text is "-" || (tok.Text.Length > 3 && tok.Text.StartsWith("ex-", StringComparison.OrdinalIgnoreCase))
                || Match(doc, t, t + 1).Length > 0 || CountryAt(doc, t, t + 1) is not null;
            if (!describes) return null;
        }

        return null;
    }

    /// <summary>"Kazakhstan's president" (a country) or "Nazarbayev's successor" (an actor): the possessor before 's.</summary>
    private void Possessor(Doc doc, int a, int apostrophe, RoleReading r)
    {
        if (a < 0 || a >= apostrophe) return;
        while (a > 0 && a - 1 >= r.Start && doc[a - 1].Pos == Upos.PROPN) a--;
        if (CountryAt(doc, a, apostrophe) is { } c)
        {
            r.Country = c.Iso2; r.CountryStart = a; r.CountryEnd = apostrophe;
        }
        else
        {
            r.OrgStart = a; r.OrgEnd = apostrophe;
        }

        r.Touch(a, apostrophe + 1);
    }

    private static bool IsPossessivePronoun(Doc doc, int t) =>
        doc[t].Pos == Upos.PRON && IsText(doc, t, "his", "her", "its", "their", "our", "my", "your");

    private static bool IsPossessive(Doc doc, int t) =>
        doc[t].Text is "'s" or "\u2019s" or "'" && doc[t].Pos is Upos.PART or Upos.PUNCT && t > 0 && (doc[t - 1].Flags & TokenFlags.NoSpaceAfter) != 0;

    /// <summary>The country named by 1–3 capitalised words at i (a demonym or a country name), with its length.</summary>
    private (string Iso2, int Length, bool Demonym)? CountryAt(Doc doc, int i, int b)
    {
        for (int n = Math.Min(3, b - i); n >= 1; n--)
        {
            int s = doc[i].Start, e = doc[i + n - 1].End;
            var span = doc.Text.AsSpan(s, e - s);
            if (!char.IsUpper(span[0])) return null;
            var kinds = places.Gazetteer.KindsOf(span);
            if ((kinds & (Nlp.Gazetteers.PlaceKind.Country | Nlp.Gazetteers.PlaceKind.Demonym)) == 0) continue;
            if (places.CountryOf(span) is { } iso2)
                return (iso2, n, (kinds & Nlp.Gazetteers.PlaceKind.Country) == 0);
        }

        return Acronym(doc, i, b) is { } iso ? (iso, 1, false) : null;
    }

    /// <summary>
    /// "US", "UK", "U.S.": an upper-case token whose named entry is a bare country code (Phoenix lists country
    /// abbreviations; it also lists cities under their country, which is why only acronyms are trusted).
    /// </summary>
    private string? Acronym(Doc doc, int i, int b)
    {
        if (i >= b) return null;
        var text = doc[i].Text;
        if (text.Length is < 2 or > 5) return null;
        foreach (char ch in text)
        {
            if (!(char.IsUpper(ch) || ch == '.')) return null;
        }

        if (lexicon.FindNamed(text.ToString().ToLowerInvariant()) is not { } entry || !places.IsIso3(entry.Codes)) return null;
        return places.Iso2(entry.Codes);
    }

    /// <summary>The longest role/status/title/copula word or agent phrase starting at i, trying the lemma for the last word.</summary>
    internal (int Length, ActorCodeLexicon.Word? Word, ActorCodeLexicon.Coded? Agent) Match(Doc doc, int i, int b)
    {
        // A status word stays a status even where an agent phrase starts with it ("former president").
        int max = Math.Min(lexicon.MaxWords + 2, b - i);
        if (max <= 0) return (0, null, null);
        Span<int> ends = stackalloc int[max];
        Span<char> buffer = stackalloc char[256];
        LowerInto(doc, i, i + max, buffer, ends);
        if (ends[0] < 0) return (0, null, null);
        if (doc[i].Pos != Upos.PROPN && lexicon.FindWord(buffer[..ends[0]]) is { Kind: "status" or "title" } first) return (1, first, null);
        for (int n = max; n >= 1; n--)
        {
            if (ends[n - 1] < 0 || doc[i + n - 1].Pos == Upos.PUNCT) continue;
            var key = buffer[..ends[n - 1]];
            if (lexicon.FindWord(key) is { } w && !(n == 1 && w.Kind == "status" && doc[i].Pos == Upos.PROPN)) return (n, w, null);
            bool noun = doc[i + n - 1].Pos is Upos.NOUN or Upos.PROPN;
            if (noun && lexicon.FindAgent(key) is { } ag) return (n, null, ag);
            string lemma = doc[i + n - 1].Lemma;
            if (!noun || lemma.Length == 0 || lemma.Equals(doc[i + n - 1].Text, StringComparison.OrdinalIgnoreCase)) continue;
            int before = n > 1 ? ends[n - 2] : 0;
            string byLemma = string.Concat(buffer[..before], n > 1 ? " " : "", lemma.ToLowerInvariant());
            if (lexicon.FindWord(byLemma) is { Kind: "role" or "relation" } lw) return (n, lw, null);
            if (lexicon.FindAgent(byLemma) is { } la) return (n, null, la);
        }

        return (0, null, null);
    }

    /// <summary>
    /// Writes tokens [start, end) lower-cased into the buffer (a space wherever the text has whitespace);
    /// ends[k] is the length after token start+k, or -1 once the buffer is full.
    /// </summary>
    private static void LowerInto(Doc doc, int start, int end, Span<char> buffer, Span<int> ends)
    {
        int len = 0;
        for (int t = start; t < end; t++)
        {
            var text = doc[t].Text;
            int need = text.Length + (t > start && (doc.Flags[t - 1] & TokenFlags.NoSpaceAfter) == 0 ? 1 : 0);
            if (len < 0 || len + need > buffer.Length) { ends[t - start] = -1; len = -1; continue; }
            if (need > text.Length) buffer[len++] = ' ';
            len += text.ToLowerInvariant(buffer[len..]);
            ends[t - start] = len;
        }
    }

    private static string RoleKey(Doc doc, int start, int end) => Lower(doc, start, end);

    /// <summary>Tokens [start, end) lower-cased, a space wherever the text has whitespace.</summary>
    internal static string Lower(Doc doc, int start, int end)
    {
        var sb = new StringBuilder();
        for (int t = start; t < end; t++)
        {
            if (t > start && (doc.Flags[t - 1] & TokenFlags.NoSpaceAfter) == 0) sb.Append(' ');
            foreach (char c in doc[t].Text) sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>"68-year-old" as one token or as 68 - year - old.</summary>
    private static bool TryAge(Doc doc, int i, int b, out int years, out int next)
    {
        years = 0; next = i;
        var text = doc[i].Text;
        const string suffix = "-year-old";
        if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
            && int.TryParse(text[..^suffix.Length], NumberStyles.None, CultureInfo.InvariantCulture, out years))
        {
            next = i + 1;
            return years is >= 1 and <= 120;
        }

        if (i + 4 < b && doc[i].Pos == Upos.NUM
            && IsText(doc, i + 1, "-") && IsText(doc, i + 2, "year") && IsText(doc, i + 3, "-") && IsText(doc, i + 4, "old")
            && SmallNumber(doc, i) is int y and >= 1 and <= 120)
        {
            years = y;
            next = i + 5;
            return true;
        }

        return false;
    }

    private static int? SmallNumber(Doc doc, int t) =>
        int.TryParse(doc[t].Text, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : null;

    private static bool IsText(Doc doc, int t, params ReadOnlySpan<string> options)
    {
        if (t < 0 || t >= doc.Count) return false;
        var text = doc[t].Text;
        foreach (var o in options)
        {
            if (text.Equals(o, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}

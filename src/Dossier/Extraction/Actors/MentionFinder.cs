using Dossier.Nlp.Entities;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Extraction.Actors;

/// <summary>
/// Finds the mentions coreference works on: named (NER spans), nominal (noun phrases headed by a person or
/// organisation noun from <see cref="ActorLexicon"/>, or an age noun such as "the 68-year-old"), pronominal
/// (third-person pronouns, pleonastic "it" excluded), and, as pronoun blockers only, other noun phrases.
/// Without a parse only named mentions are found.
/// </summary>
internal static class MentionFinder
{
    public static List<CorefMention> Find(Doc doc, ActorLexicon lexicon, ChildIndex? children)
    {
        var mentions = new List<CorefMention>();
        var named = new bool[doc.Count];
        foreach (var span in doc.Entities)
        {
            mentions.Add(Named(doc, lexicon, children, span));
            for (int t = span.Start; t < span.End; t++) named[t] = true;
        }

        if (children is not null && doc.Has(Layer.Tags))
        {
            for (int t = 0; t < doc.Count; t++)
            {
                if (!named[t] && Phrase(doc, lexicon, children, t, named) is { } m) mentions.Add(m);
            }
        }

        foreach (var m in mentions) m.HeadLemma = LemmaOf(doc, m.Head);
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return mentions;
    }

    private static CorefMention Named(Doc doc, ActorLexicon lexicon, ChildIndex? children, EntitySpan span)
    {
        int head = children is null ? span.End - 1 : SpanHead(doc, span.Start, span.End);
        var words = new List<string>();
        for (int t = span.Start; t < span.End; t++)
        {
            var text = doc[t].Text;
            if (text.Length > 0 && char.IsLetterOrDigit(text[0])) words.Add(text.ToString().ToLowerInvariant());
        }

        // Titles lead person names ("President Tokayev", "Mr. Smith"): the name proper follows them.
        var gender = Gender.Unknown;
        while (span.Type == EntityType.PER && words.Count > 1 && lexicon.ClassOf(words[0].TrimEnd('.')) == NounClass.Person)
        {
            if (gender == Gender.Unknown) gender = lexicon.GenderOf(words[0].TrimEnd('.'));
            words.RemoveAt(0);
        }

        if (span.Type == EntityType.PER && gender == Gender.Unknown && words.Count > 0) gender = lexicon.GenderOf(words[0]);
        var m = new CorefMention
        {
            Start = span.Start, End = span.End, Head = head, Sentence = doc.SentenceOf(head), Kind = MentionKind.Named,
            Rule = span.Rule, Type = span.Type.ToString(), NameWords = [.. words], Gender = gender,
            Plural = doc.Has(Layer.Tags) && doc.Xpos[head] is "NNPS" or "NNS",
        };
        if (children is not null)
        {
            Describe(doc, children, m);
            if (m.IsPerson) m.Age = StatedAge(doc, children, head);
            // Salience ranks subjects first, names included.
            m.IsSubject = doc.Deprel[head].StartsWith("nsubj", StringComparison.Ordinal);
        }

        return m;
    }

    /// <summary>A nominal, pronominal or blocker mention headed by token <paramref name="t"/>, or null.</summary>
    private static CorefMention? Phrase(Doc doc, ActorLexicon lexicon, ChildIndex children, int t, bool[] named)
    {
        string deprel = doc.Deprel[t];
        if (deprel.StartsWith("compound", StringComparison.Ordinal) || deprel is "flat" or "fixed" or "goeswith" or "amod") return null;
        var pos = doc.Pos[t];
        if (pos == Upos.PRON)
        {
            var kind = Pronouns.Of(doc[t].Text);
            if (kind == Pronouns.Kind.None || Pleonastic(doc, children, t, kind)) return null;
            return new CorefMention
            {
                Start = t, End = t + 1, Head = t, Sentence = doc.SentenceOf(t), Kind = MentionKind.Pronominal, Rule = "coref:pronoun",
                Pronoun = kind, Plural = (kind & Pronouns.Kind.Plural) != 0, Gender = Pronouns.GenderOf(doc[t].Text),
                IsSubject = deprel.StartsWith("nsubj", StringComparison.Ordinal),
            };
        }

        bool age = IsAge(doc, t);
        if (pos is not (Upos.NOUN or Upos.PROPN) && !age) return null;
        string lemma = LemmaOf(doc, t);
        // A capitalised actor noun the recogniser left alone ("The Kazakh President", "the Foreign Ministry") is a description too.
        var cls = age ? NounClass.Person : ClassOf(doc, lexicon, t, lemma);
        bool plural = doc.Xpos[t] is "NNS" or "NNPS" || (age && doc[t].Text.EndsWith("olds", StringComparison.OrdinalIgnoreCase));
        var m = new CorefMention
        {
            Head = t, Sentence = doc.SentenceOf(t), Kind = MentionKind.Nominal, Rule = age ? "coref:age-nominal" : "coref:nominal",
            Plural = plural, IsAge = age, Gender = lexicon.GenderOf(lemma), Blocker = cls == NounClass.None, Role = lexicon.IsRole(lemma),
            Type = cls switch { NounClass.Person => plural ? "GROUP" : "PER", NounClass.Organization => "ORG", NounClass.Group => "GROUP", _ => "" },
            IsSubject = deprel.StartsWith("nsubj", StringComparison.Ordinal), Collective = cls == NounClass.Group,
        };
        if (cls is NounClass.Person or NounClass.Group && QuantifiedBy(doc, lexicon, t)) return null;
        if (age) m.Age = AgeIn(doc, doc.LeftEdge[t], t);
        (m.Start, m.End) = PhraseSpan(doc, children, t);
        Describe(doc, children, m);
        // "head of government", "head of state": a bare noun completing a role is part of the title, not an actor.
        // A capitalised noun is a description only with a determiner or possessor and no name after it; else it is a
        // title or part of a name ("US Secretary of State Jane Roe", "U.S. Secretary", "General").
        if ((cls != NounClass.None && PartOfTitle(doc, lexicon, children, t)) || (pos == Upos.PROPN && !age && TitleOrName(doc, m, named)))
        {
            m.Blocker = true;
            m.Type = "";
        }

        return m;
    }

    /// <summary>
    /// The class of a noun, or of the two-word phrase it ends when the word before it is its compound ("security
    /// forces", "riot police": curated.tsv lists such phrases, so "forces" alone stays no actor).
    /// </summary>
    private static NounClass ClassOf(Doc doc, ActorLexicon lexicon, int t, string lemma)
    {
        if (t > 0 && doc.Head[t - 1] == t && doc.Deprel[t - 1] is "compound" or "amod"
            && lexicon.ClassOf(doc[t - 1].Text.ToString().ToLowerInvariant() + " " + lemma) is var phrase and not NounClass.None) return phrase;
        return lexicon.ClassOf(lemma);
    }

    /// <summary>"demonstrators" in "hundreds of demonstrators": the quantity phrase is the mention (UD heads it by "hundreds").</summary>
    private static bool QuantifiedBy(Doc doc, ActorLexicon lexicon, int t)
    {
        int h = doc.Head[t];
        return h >= 0 && h < t && doc.Deprel[t] == "nmod" && doc.Pos[h] is Upos.NOUN or Upos.NUM
            && (doc.Pos[h] == Upos.NUM || lexicon.ClassOf(LemmaOf(doc, h)) == NounClass.Person) && doc.Xpos[h] is "NNS" or "CD";
    }

    private static bool TitleOrName(Doc doc, CorefMention m, bool[] named)
    {
        if (!m.Definite && !m.Possessed) return true;
        for (int k = m.Head + 1; k <= Math.Min(m.End, doc.Count - 1); k++)
        {
            if (named[k]) return true;
        }

        return false;
    }

    /// <summary>A bare singular noun after "of" that completes a role noun ("head of government"), with nothing of its own.</summary>
    private static bool PartOfTitle(Doc doc, ActorLexicon lexicon, ChildIndex children, int t)
    {
        int h = doc.Head[t];
        if (h < 0 || h > t || doc.Deprel[t] != "nmod" || doc.Xpos[t] is "NNS" or "NNPS" || !lexicon.IsRole(LemmaOf(doc, h))) return false;
        foreach (int c in children.Of(t))
        {
            if (!(doc.Deprel[c] == "case" && LemmaOf(doc, c) == "of") && doc.Deprel[c] is not ("conj" or "cc" or "punct")) return false;
        }

        return true;
    }

    /// <summary>Determiners, possessors and the content words of the phrase around the head.</summary>
    private static void Describe(Doc doc, ChildIndex children, CorefMention m)
    {
        foreach (int c in children.Of(m.Head))
        {
            string rel = doc.Deprel[c];
            if (rel == "det")
            {
                string det = LemmaOf(doc, c);
                m.Definite |= det is "the" or "this" or "that" or "these" or "those";
                m.Indefinite |= det is "a" or "an" or "another" or "some" or "any" or "no" or "each" or "every";
            }
            else if (rel == "nmod:poss")
            {
                m.Possessed = true;
            }
        }

        // What the phrase says about its referent: the head, the nouns before it ("former KNB boss",
        // "President"), and the heads of its direct noun modifiers after it ("head of the KNB"), not deeper.
        var (start, _) = PhraseSpan(doc, children, m.Head);
        var words = new List<string>();
        for (int t = start; t <= m.Head; t++)
        {
            if (doc.Pos[t] is Upos.NOUN or Upos.PROPN && doc.Deprel[t] != "nmod:poss") words.Add(LemmaOf(doc, t));
        }

        foreach (int c in children.Of(m.Head))
        {
            if (c > m.Head && doc.Deprel[c] == "nmod" && doc.Pos[c] is Upos.NOUN or Upos.PROPN) words.Add(LemmaOf(doc, c));
        }

        m.Words = [.. words];
    }

    /// <summary>
    /// The noun phrase of a head: its subtree without appositions, clauses, coordination and the phrase's own
    /// preposition, so "Karim Massimov, the former head" and "demonstrators and police" stay apart. A
    /// prepositional tail other than of/for/at (which name what a role belongs to: "head of the KNB") is no
    /// part of it either: "the government across the country" is "the government".
    /// </summary>
    public static (int Start, int End) PhraseSpan(Doc doc, ChildIndex children, int head)
    {
        int start = head, end = head;
        foreach (int c in children.Of(head))
        {
            string rel = doc.Deprel[c];
            if (rel is "appos" or "conj" or "cc" or "punct" or "parataxis" or "case" or "mark" or "dep" or "list"
                || rel.StartsWith("acl", StringComparison.Ordinal) || rel.StartsWith("advcl", StringComparison.Ordinal)
                || rel is "cop" or "nsubj" or "nsubj:pass" or "csubj" or "aux" or "discourse" or "vocative") continue;
            if (c > head && rel == "nmod" && Preposition(doc, children, c) is { } p && p is not ("of" or "for" or "at")) continue;
            start = Math.Min(start, doc.LeftEdge[c]);
            end = Math.Max(end, doc.RightEdge[c]);
        }

        return (start, end + 1);
    }

    /// <summary>The lower-cased preposition (case dependent) of a nominal modifier, or null.</summary>
    private static string? Preposition(Doc doc, ChildIndex children, int t)
    {
        foreach (int c in children.Of(t))
        {
            if (doc.Deprel[c] == "case" && doc.Pos[c] == Upos.ADP) return LemmaOf(doc, c);
        }

        return null;
    }

    /// <summary>The first token of [start, end) whose head lies outside it.</summary>
    public static int SpanHead(Doc doc, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            int h = doc.Head[t];
            if (h < start || h >= end) return t;
        }

        return end - 1;
    }

    /// <summary>"the 68-year-old", "two 20-year-olds", "the 56 - year - old" as the tokenizer may split it.</summary>
    private static bool IsAge(Doc doc, int t)
    {
        var text = doc[t].Text;
        if (text.Contains("year-old", StringComparison.OrdinalIgnoreCase) || text.Contains("years-old", StringComparison.OrdinalIgnoreCase))
            return true;
        if (!(text.Equals("old", StringComparison.OrdinalIgnoreCase) || text.Equals("olds", StringComparison.OrdinalIgnoreCase))) return false;
        for (int k = t - 1; k >= Math.Max(0, t - 2); k--)
        {
            var w = doc[k].Text;
            if (w.Equals("year", StringComparison.OrdinalIgnoreCase) || w.Equals("years", StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>The number of years in an age phrase: "56-year-old" or "56 - year - old" (0 if none).</summary>
    private static int AgeIn(Doc doc, int start, int head)
    {
        for (int t = start; t <= head; t++)
        {
            var text = doc[t].Text;
            int n = 0;
            while (n < text.Length && char.IsAsciiDigit(text[n])) n++;
            if (n is > 0 and <= 3 && int.TryParse(text[..n], out int years)) return years;
        }

        return 0;
    }

    /// <summary>An age written beside a name: "Keller, 63," (a number in apposition), 0 if none.</summary>
    private static int StatedAge(Doc doc, ChildIndex children, int head)
    {
        foreach (int c in children.Of(head))
        {
            if (doc.Pos[c] == Upos.NUM && doc.Deprel[c] is "appos" or "amod" or "nummod" && int.TryParse(doc[c].Text, out int years)
                && years is > 0 and < 120) return years;
        }

        return 0;
    }

    /// <summary>"it" that refers to nothing: an expletive, or the subject of "it is clear that …", "it seems".</summary>
    private static bool Pleonastic(Doc doc, ChildIndex children, int t, Pronouns.Kind kind)
    {
        if ((kind & Pronouns.Kind.Neuter) == 0) return false;
        if (doc.Deprel[t] == "expl") return true;
        int h = doc.Head[t];
        if (h < 0 || !doc.Deprel[t].StartsWith("nsubj", StringComparison.Ordinal)) return false;
        string lemma = LemmaOf(doc, h);
        if (lemma is "seem" or "appear" or "rain" or "snow" or "matter" or "happen") return true;
        bool copula = false, clause = false;
        foreach (int c in children.Of(h))
        {
            copula |= doc.Deprel[c] == "cop";
            clause |= doc.Deprel[c] is "ccomp" or "csubj" or "xcomp" || doc.Deprel[c].StartsWith("advcl", StringComparison.Ordinal);
        }

        return copula && clause;
    }

    public static string LemmaOf(Doc doc, int t) =>
        doc.Has(Layer.Lemmas) && doc.Lemma[t].Length > 0 ? doc.Lemma[t].ToLowerInvariant() : doc[t].Text.ToString().ToLowerInvariant();
}

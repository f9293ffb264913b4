using Dossier.Text;

namespace Dossier.Extraction.Events;

/// <summary>Dependency-tree look-ups for one sentence: children by label and preposition, coordination.</summary>
internal readonly struct EventTree
{
    private readonly Doc _doc;
    private readonly int _start;
    private readonly int _end;

    public EventTree(Doc doc, int sentence)
    {
        _doc = doc;
        _start = doc.SentStart[sentence];
        _end = doc.SentEnd[sentence];
    }

    public int Start => _start;

    public int End => _end;

    /// <summary>The first child of <paramref name="head"/> with exactly this label; -1 if none.</summary>
    public int Child(int head, string deprel)
    {
        for (int c = _start; c < _end; c++)
        {
            if (_doc.Head[c] == head && _doc.Deprel[c] == deprel) return c;
        }

        return -1;
    }

    /// <summary>The first child with the label whose lemma is in <paramref name="lemmas"/>; -1 if none.</summary>
    public int ChildWithLemma(int head, string deprel, IReadOnlyList<string> lemmas)
    {
        for (int c = _start; c < _end; c++)
        {
            if (_doc.Head[c] == head && _doc.Deprel[c] == deprel && Contains(lemmas, _doc.Lemma[c])) return c;
        }

        return -1;
    }

    /// <summary>The first child filling the role: the exact label, or base label plus a case child with the preposition.</summary>
    public int Find(int head, EventRole role)
    {
        for (int c = _start; c < _end; c++)
        {
            if (_doc.Head[c] != head) continue;
            var deprel = _doc.Deprel[c];
            if (role.Case is null)
            {
                if (deprel == role.Deprel) return c;
            }
            else if (BaseIs(deprel, role.Deprel) && HasCase(c, role.Case))
            {
                return c;
            }
            else if (role.Case == "by" && deprel == "obl:agent" && CaseOf(c) is null or "by")
            {
                // "was sacked as army chief" may be labelled obl:agent; only a by-phrase is the agent.
                return c;
            }
        }

        return -1;
    }

    /// <summary>True when the token has a case (or mark) child with this lemma ("of", "with", "according").</summary>
    /// <remarks>A preposition hung on a title before the name ("with [President] Lula") is the name's.</remarks>
    public bool HasCase(int token, string lemma)
    {
        for (int c = _start; c < _end; c++)
        {
            if (!IsCaseHolder(token, c)) continue;
            for (int k = _start; k < _end; k++)
            {
                if (_doc.Head[k] == c && (_doc.Deprel[k] == "case" || _doc.Deprel[k] == "mark") && _doc.Lemma[k] == lemma) return true;
            }
        }

        return false;
    }

    /// <summary>The case child's lemma (of the token or of a title before it), or null.</summary>
    public string? CaseOf(int token)
    {
        for (int c = _start; c < _end; c++)
        {
            if (!IsCaseHolder(token, c)) continue;
            for (int k = _start; k < _end; k++)
            {
                if (_doc.Head[k] == c && _doc.Deprel[k] == "case") return _doc.Lemma[k];
            }
        }

        return null;
    }

    /// <summary>The token itself, or a title/compound word before it that the parser may give the phrase's preposition.</summary>
    private bool IsCaseHolder(int token, int c) =>
        c == token || (c < token && _doc.Head[c] == token && _doc.Deprel[c] is "nmod:desc" or "compound");

    public bool IsPassive(int verb)
    {
        for (int c = _start; c < _end; c++)
        {
            if (_doc.Head[c] == verb && (_doc.Deprel[c] == "nsubj:pass" || _doc.Deprel[c] == "aux:pass")) return true;
        }

        return false;
    }

    /// <summary>The token and the tokens coordinated with it ("Russia and China" → both heads).</summary>
    public void AddWithConjuncts(int token, List<int> into)
    {
        into.Add(token);
        for (int c = _start; c < _end; c++)
        {
            if (_doc.Head[c] == token && _doc.Deprel[c] == "conj" && IsNominal(_doc.Pos[c])) into.Add(c);
        }
    }

    public static bool IsNominal(Upos pos) => pos is Upos.NOUN or Upos.PROPN or Upos.PRON or Upos.NUM;

    private static bool BaseIs(string deprel, string baseLabel) =>
        deprel.StartsWith(baseLabel, StringComparison.Ordinal)
        && (deprel.Length == baseLabel.Length || deprel[baseLabel.Length] == ':');

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal)) return true;
        }

        return false;
    }
}

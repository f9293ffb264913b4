using System.Collections.Frozen;
using Dossier.Lexicons;
using Dossier.Nlp.Gazetteers;

namespace Dossier.Nlp.Entities;

/// <summary>
/// Joins a country or demonym (or a place the model found), the capitalised words after it and an institution
/// head into one ORG:
/// "the Russian Foreign Ministry", "the US State Department", "the Turkish Parliament". The model splits such
/// names ("Russian" MISC + "Foreign Ministry" ORG) or loses the head after a demonym ("Turkish" MISC, "Parliament"
/// untagged); CoNLL-2003 labels them whole 25 times and split 10 times in train + dev (docs/ner.md).
/// Heads are data (lexicon/entities/institution-heads.tsv). Immutable and thread-safe.
/// </summary>
internal sealed class InstitutionNames
{
    public const string File = "institution-heads.tsv";
    private const int MaxPlaceWords = 3;
    private const int MaxModifiers = 3;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _heads;

    private InstitutionNames(FrozenSet<string> heads) => _heads = heads.GetAlternateLookup<ReadOnlySpan<char>>();

    public static InstitutionNames Load(string path) =>
        new(TsvLexicon.Read(path, 2).Select(r => r.Fields[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>Rewrites spans [first, …) of a decoded document; spans stay sorted by start.</summary>
    public void Apply(NerText text, Gazetteer gazetteer, List<(int Start, int End, EntityType Type)> spans, int first)
    {
        for (int sent = 0; sent < text.SentStart.Length; sent++)
        {
            int a = text.SentStart[sent], b = text.SentEnd[sent];
            for (int head = a + 1; head < b; head++)
            {
                if (!Capitalised(text.Token(head)) || !_heads.Contains(text.Token(head))) continue;
                int left = head;
                while (left > a && head - left < MaxPlaceWords + MaxModifiers && Capitalised(text.Token(left - 1))) left--;
                var (start, placeEnd) = Place(text, gazetteer, spans, first, left, head);
                if (start < 0 || head - placeEnd > MaxModifiers) continue;
                Join(spans, first, start, placeEnd, head, OfTail(text, head + 1, b));
            }
        }
    }

    /// <summary>
    /// The first place name in [left, head) as a token range, or (-1, -1): a country or demonym the gazetteer
    /// knows, or a LOC span of the model ("US", "U.S." are not in the gazetteer; "Chesapeake Police Department").
    /// </summary>
    private static (int Start, int End) Place(NerText text, Gazetteer gazetteer, List<(int Start, int End, EntityType Type)> spans, int first, int left, int head)
    {
        for (int s = left; s < head; s++)
        {
            for (int i = first; i < spans.Count && spans[i].Start <= s; i++)
            {
                if (spans[i].Start == s && spans[i].Type == EntityType.LOC && spans[i].End <= head) return (s, spans[i].End);
            }

            for (int n = Math.Min(MaxPlaceWords, head - s); n >= 1; n--)
            {
                var name = text.Text.AsSpan(text.Start[s], text.End[s + n - 1] - text.Start[s]);
                if ((gazetteer.KindsOf(name) & (PlaceKind.Country | PlaceKind.Demonym)) != 0) return (s, s + n);
            }
        }

        return (-1, -1);
    }

    /// <summary>The end of "of Defence", "of Health and Social Affairs" after a head, or <paramref name="at"/>.</summary>
    private static int OfTail(NerText text, int at, int sentEnd)
    {
        if (at + 1 >= sentEnd || !text.Token(at).SequenceEqual("of") || !Capitalised(text.Token(at + 1))) return at;
        int end = at + 2;
        while (end < sentEnd && (Capitalised(text.Token(end)) ||
               (end + 1 < sentEnd && text.Token(end) is "and" or "&" && Capitalised(text.Token(end + 1)))))
            end++;
        return end;
    }

    /// <summary>
    /// Makes [start, end) one ORG. Leaves the model alone when one of its spans is a person, reaches outside the
    /// name ("BBC Russian Service"), or names something else between place and head (a title-case headline
    /// "Hong Kong Police Warn Protesters Not To Occupy Government" keeps "Hong Kong Police").
    /// </summary>
    private static void Join(List<(int Start, int End, EntityType Type)> spans, int first, int start, int placeEnd, int head, int end)
    {
        int from = -1, to = -1;
        for (int i = first; i < spans.Count; i++)
        {
            var (s, e, type) = spans[i];
            if (e <= start) continue;
            if (s >= end) break;
            if (type == EntityType.PER || s < start || e > end) return;
            if (e <= head && (s, e) != (start, placeEnd)) return;
            if (from < 0) from = i;
            to = i;
        }

        if (from >= 0 && from == to && spans[from] == (start, end, EntityType.ORG)) return;
        if (from >= 0) spans.RemoveRange(from, to - from + 1);
        int at = first;
        while (at < spans.Count && spans[at].Start < start) at++;
        spans.Insert(at, (start, end, EntityType.ORG));
    }

    private static bool Capitalised(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);
}

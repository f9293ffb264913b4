using Dossier.Text;

namespace Dossier.Lexicons;

/// <summary>
/// Multi-word phrases keyed by their first word, matched case-insensitively against a document's tokens
/// without allocating: the first token is looked up by span, later words are compared in place.
/// A token with a trailing full stop ("Jan.") also matches the word without it.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<Entry>> _byFirst = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseTable() => _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A matched phrase: tokens [Start, End) and the value stored with it.</summary>
    public readonly record struct Match(int Start, int End, T Value)
    {
        public int Length => End - Start;
    }

    private sealed record Entry(string[] Words, T Value);

    public int Count { get; private set; }

    /// <summary>Adds a phrase; words are separated by single spaces.</summary>
    public void Add(string phrase, T value)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) throw new ArgumentException("empty phrase", nameof(phrase));
        if (!_byFirst.TryGetValue(words[0], out var list))
        {
            list = [];
            _byFirst[words[0]] = list;
        }

        list.Add(new Entry(words, value));
        // Longest phrase first so a match is always the longest one; stable for equal lengths.
        var sorted = list.OrderByDescending(e => e.Words.Length).ToList();
        list.Clear();
        list.AddRange(sorted);
        Count++;
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/> and ending before <paramref name="limit"/>.</summary>
    public bool TryMatch(Doc doc, int start, int limit, out Match match)
    {
        match = default;
        if (start >= limit || !_lookup.TryGetValue(Word(doc, start), out var list)) return false;
        foreach (var entry in list)
        {
            if (start + entry.Words.Length > limit) continue;
            bool ok = true;
            for (int w = 1; w < entry.Words.Length && ok; w++)
                ok = Word(doc, start + w).Equals(entry.Words[w], StringComparison.OrdinalIgnoreCase);
            if (ok)
            {
                match = new Match(start, start + entry.Words.Length, entry.Value);
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the single token at <paramref name="index"/> is a one-word phrase.</summary>
    public bool TryGetWord(Doc doc, int index, out T value)
    {
        value = default!;
        if (!_lookup.TryGetValue(Word(doc, index), out var list)) return false;
        foreach (var entry in list)
        {
            if (entry.Words.Length != 1) continue;
            value = entry.Value;
            return true;
        }

        return false;
    }

    public bool TryGetWord(ReadOnlySpan<char> word, out T value)
    {
        value = default!;
        if (!_lookup.TryGetValue(Trim(word), out var list)) return false;
        foreach (var entry in list)
        {
            if (entry.Words.Length != 1) continue;
            value = entry.Value;
            return true;
        }

        return false;
    }

    /// <summary>A token's text, without a trailing full stop on abbreviations such as "Jan." or "Gen.".</summary>
    public static ReadOnlySpan<char> Word(Doc doc, int index) =>
        Trim(doc.Text.AsSpan(doc.Start[index], doc.End[index] - doc.Start[index]));

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text) =>
        text.Length > 1 && text[^1] == '.' ? text[..^1] : text;
}

using System.Buffers;
using System.Collections.Frozen;
using Dossier.Pipeline;

namespace Dossier.Text.Tokenization;

/// <summary>
/// The tokenizer's word lists (lexicon/tokenizer/*.tsv), loaded and checked once, then looked up by span
/// without allocating. Immutable and safe to share across threads.
/// </summary>
internal sealed class TokenizerLexicon
{
    /// <summary>Longest word the case-folding lookups consider; longer words match nothing.</summary>
    public const int MaxFoldedLength = 32;

    private readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;
    private readonly FrozenDictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> _contractions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _hyphenPrefixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _sentenceStarters;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _emoticons;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _speechVerbs;
    private readonly SearchValues<char> _emoticonEnds;
    private readonly SearchValues<char> _emoticonStarts;
    private readonly int _longestEmoticon;

    private TokenizerLexicon(
        FrozenDictionary<string, AbbreviationKind> abbreviations,
        FrozenDictionary<string, byte[]> contractions,
        string[] clitics,
        FrozenSet<string> hyphenPrefixes,
        FrozenSet<string> sentenceStarters,
        FrozenSet<string> emoticons,
        FrozenSet<string> speechVerbs)
    {
        _speechVerbs = speechVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        _emoticons = emoticons.GetAlternateLookup<ReadOnlySpan<char>>();
        _emoticonStarts = SearchValues.Create(string.Concat(emoticons.Select(e => e[..1])));
        _emoticonEnds = SearchValues.Create(string.Concat(emoticons.Select(e => e[^1..])));
        _longestEmoticon = emoticons.Count == 0 ? 0 : emoticons.Max(e => e.Length);
        _abbreviations = abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        _contractions = contractions.GetAlternateLookup<ReadOnlySpan<char>>();
        Clitics = clitics;
        _hyphenPrefixes = hyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _sentenceStarters = sentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Clitics in lower case with a straight apostrophe, longest first.</summary>
    public string[] Clitics { get; }

    public static TokenizerLexicon Load(DossierHome home)
    {
        ArgumentNullException.ThrowIfNull(home);
        return Load(home.LexiconPath("tokenizer"));
    }

    /// <summary>Loads every list from a folder; all errors of a file are reported together.</summary>
    public static TokenizerLexicon Load(string directory)
    {
        return new TokenizerLexicon(
            LoadAbbreviations(Path.Combine(directory, "abbreviations.tsv")),
            LoadContractions(Path.Combine(directory, "contractions.tsv")),
            LoadClitics(Path.Combine(directory, "clitics.tsv")),
            LoadSet(Path.Combine(directory, "hyphen-prefixes.tsv"), lowerCase: true),
            LoadSet(Path.Combine(directory, "sentence-starters.tsv"), lowerCase: false),
            LoadSet(Path.Combine(directory, "emoticons.tsv"), lowerCase: false),
            LoadSet(Path.Combine(directory, "speech-verbs.tsv"), lowerCase: true));
    }

    /// <summary>The kind of an abbreviation written with its final full stop, matched case-sensitively.</summary>
    public AbbreviationKind Abbreviation(ReadOnlySpan<char> formWithStop) =>
        _abbreviations.TryGetValue(formWithStop, out var kind) ? kind : AbbreviationKind.None;

    /// <summary>Split offsets of a whole word that UD writes as several words (cannot → can|not).</summary>
    public byte[]? ContractionSplits(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxFoldedLength];
        if (!Fold(word, buffer, out var folded)) return null;
        return _contractions.TryGetValue(folded, out var splits) ? splits : null;
    }

    /// <summary>True when a hyphen after this word keeps the word and what follows as one token.</summary>
    public bool KeepsHyphen(ReadOnlySpan<char> prefix)
    {
        Span<char> buffer = stackalloc char[MaxFoldedLength];
        return Fold(prefix, buffer, out var folded) && _hyphenPrefixes.Contains(folded);
    }

    public bool IsSentenceStarter(ReadOnlySpan<char> word) => _sentenceStarters.Contains(word);

    /// <summary>A speech verb that can follow a quotation in the same sentence ("Why?" Pete asked).</summary>
    public bool IsSpeechVerb(ReadOnlySpan<char> word) => _speechVerbs.Contains(word);

    /// <summary>Length of the longest emoticon (:-) ;) :D) at the start or end of a chunk, or 0.</summary>
    public int EmoticonAt(ReadOnlySpan<char> chunk, bool atEnd)
    {
        if (chunk.Length < 2) return 0;
        if (atEnd ? !_emoticonEnds.Contains(chunk[^1]) : !_emoticonStarts.Contains(chunk[0])) return 0;
        for (int length = Math.Min(_longestEmoticon, chunk.Length); length >= 2; length--)
        {
            if (_emoticons.Contains(atEnd ? chunk[^length..] : chunk[..length])) return length;
        }

        return 0;
    }

    /// <summary>Lower-cases a word and writes any apostrophe as a straight one, into a caller buffer.</summary>
    public static bool Fold(ReadOnlySpan<char> word, Span<char> buffer, out ReadOnlySpan<char> folded)
    {
        if (word.Length > buffer.Length)
        {
            folded = default;
            return false;
        }

        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            buffer[i] = c is '\u2019' or '`' ? '\'' : char.ToLowerInvariant(c);
        }

        folded = buffer[..word.Length];
        return true;
    }

    private static FrozenDictionary<string, AbbreviationKind> LoadAbbreviations(string path)
    {
        var rows = TsvLexiconFile.Read(path, 2, 2);
        var errors = new List<string>();
        var map = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var form = row.Columns[0];
            var kind = row.Columns[1] switch
            {
                "title" => AbbreviationKind.Title,
                "other" => AbbreviationKind.Other,
                _ => AbbreviationKind.None,
            };
            if (kind == AbbreviationKind.None)
                errors.Add(TsvLexiconFile.Error(path, row.Line, "DLX010", $"unknown kind '{row.Columns[1]}' (expected: title, other)"));
            else if (form.Length < 2 || form[^1] != '.')
                errors.Add(TsvLexiconFile.Error(path, row.Line, "DLX011", $"abbreviation '{form}' must end with a full stop"));
            else if (!map.TryAdd(form, kind))
                errors.Add(TsvLexiconFile.Error(path, row.Line, "DLX012", $"duplicate abbreviation '{form}'"));
        }

        TsvLexiconFile.ThrowIfAny(errors);
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, byte[]> LoadContractions(string path)
    {
        var rows = TsvLexiconFile.Read(path, 2, 2);
        var errors = new List<string>();
        var map = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var form = row.Columns[0];
            var parts = row.Columns[1].Split(' ');
            if (string.Concat(parts) != form || parts.Length < 2 || Array.Exists(parts, p => p.Length == 0) ||
                form.Length > MaxFoldedLength || !form.Equals(form.ToLowerInvariant(), StringComparison.Ordinal))
            {
                errors.Add(TsvLexiconFile.Error(path, row.Line, "DLX013",
                    $"parts '{row.Columns[1]}' must be two or more lower-case pieces that spell '{form}'"));
                continue;
            }

            var splits = new byte[parts.Length - 1];
            int offset = 0;
            for (int i = 0; i < splits.Length; i++)
            {
                offset += parts[i].Length;
                splits[i] = (byte)offset;
            }

            if (!map.TryAdd(form, splits))
                errors.Add(TsvLexiconFile.Error(path, row.Line, "DLX012", $"duplicate form '{form}'"));
        }

        TsvLexiconFile.ThrowIfAny(errors);
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string[] LoadClitics(string path)
    {
        var rows = TsvLexiconFile.Read(path, 1, 1);
        var errors = new List<string>();
        var list = new List<string>();
        foreach (var row in rows)
        {
            var clitic = row.Columns[0];
            if (clitic.Length < 2 || !clitic.Contains('\'', StringComparison.Ordinal) ||
                !clitic.Equals(clitic.ToLowerInvariant(), StringComparison.Ordinal))
                errors.Add(TsvLexiconFile.Error(path, row.Line, "DLX014", $"clitic '{clitic}' must be lower case with an apostrophe"));
            else
                list.Add(clitic);
        }

        TsvLexiconFile.ThrowIfAny(errors);
        list.Sort((a, b) => b.Length != a.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
        return [.. list];
    }

    private static FrozenSet<string> LoadSet(string path, bool lowerCase)
    {
        var rows = TsvLexiconFile.Read(path, 1, 1);
        var errors = new List<string>();
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var word = row.Columns[0];
            if (lowerCase && !word.Equals(word.ToLowerInvariant(), StringComparison.Ordinal))
                errors.Add(TsvLexiconFile.Error(path, row.Line, "DLX015", $"'{word}' must be lower case"));
            else if (word.Length > MaxFoldedLength)
                errors.Add(TsvLexiconFile.Error(path, row.Line, "DLX016", $"'{word}' is longer than {MaxFoldedLength} characters"));
            else if (!set.Add(word))
                errors.Add(TsvLexiconFile.Error(path, row.Line, "DLX012", $"duplicate entry '{word}'"));
        }

        TsvLexiconFile.ThrowIfAny(errors);
        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}

using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Dossier.Corpus;

/// <summary>
/// 64-bit SimHash over word 3-shingles (case-folded letters and digits): texts that share most shingles get
/// hashes a few bits apart, so syndicated copies with a changed byline or footer stay within a small Hamming
/// distance. No strings are built: words are folded into a stack buffer and hashed in place.
/// </summary>
internal static class SimHash
{
    /// <summary>Texts with fewer words than this get no SimHash: too short to tell copies from coincidence.</summary>
    public const int MinWords = 20;

    private const int ShingleSize = 3;
    private const int MaxWordLength = 64;

    public static ulong? Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<int> weights = stackalloc int[64];
        Span<char> word = stackalloc char[MaxWordLength];
        Span<ulong> window = stackalloc ulong[ShingleSize];
        int words = 0, length = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (length < MaxWordLength) word[length++] = char.ToLowerInvariant(c);
                continue;
            }

            if (length == 0) continue;
            window[words % ShingleSize] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word[..length]));
            length = 0;
            words++;
            if (words >= ShingleSize) AddShingle(weights, window, words);
        }

        if (words < MinWords) return null;
        ulong hash = 0;
        for (int bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0) hash |= 1UL << bit;
        }

        return hash;
    }

    /// <summary>Mixes the last three word hashes in text order and votes each bit of the result.</summary>
    private static void AddShingle(Span<int> weights, Span<ulong> window, int words)
    {
        ulong h = 0x9E3779B97F4A7C15UL;
        for (int k = ShingleSize; k > 0; k--)
            h = Mix(h ^ window[(words - k) % ShingleSize]);
        for (int bit = 0; bit < 64; bit++)
            weights[bit] += ((h >> bit) & 1) != 0 ? 1 : -1;
    }

    /// <summary>The SplitMix64 finaliser: every input bit flips about half the output bits.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Dossier.Nlp.Learning;

/// <summary>
/// 64-bit feature keys from a template id and its values. Stable across processes and machines (never
/// string.GetHashCode), so a key computed at training time matches the one computed at inference.
/// </summary>
public static class FeatureHash
{
    /// <summary>Key of a template over a piece of text, hashed in place (no string is built).</summary>
    public static ulong Of(int template, ReadOnlySpan<char> value) =>
        NonZero(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(value), template));

    public static ulong Of(int template, ulong a) => NonZero(Mix(a ^ Mix((ulong)template + 0x9E3779B97F4A7C15UL)));

    public static ulong Of(int template, ulong a, ulong b) => Of(template, Mix(a) ^ (b * 0xC2B2AE3D27D4EB4FUL));

    public static ulong Of(int template, ulong a, ulong b, ulong c) => Of(template, Mix(Mix(a) ^ b) ^ (c * 0x165667B19E3779F9UL));

    /// <summary>Hash of a text value, to be combined into a multi-value key with the overloads above.</summary>
    public static ulong Text(ReadOnlySpan<char> value) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(value));

    /// <summary>A 64-bit finaliser (murmur3's fmix64): every input bit affects every output bit.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }

    // Zero marks an empty slot in FeatureTable, so no key may be zero.
    private static ulong NonZero(ulong key) => key == 0 ? 1 : key;
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Dossier.Nlp.Learning;

/// <summary>
/// An open-addressing map from non-zero 64-bit feature keys to row numbers: one flat array of (key, row)
/// slots, linear probing, no allocation on lookup. Key and row share a slot so a lookup touches one cache
/// line; <see cref="FindAll"/> prefetches every slot first so the memory misses of a batch overlap.
/// Read-only after construction, so it is safe to share across threads.
/// </summary>
public sealed class FeatureTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    public FeatureTable(ReadOnlySpan<ulong> keys)
    {
        int capacity = 16;
        while (capacity < keys.Length * 2) capacity <<= 1;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (int row = 0; row < keys.Length; row++)
        {
            ulong key = keys[row];
            if (key == 0) throw new ArgumentException("feature key 0 is reserved", nameof(keys));
            int slot = Home(key);
            while (_slots[slot].Key != 0)
            {
                if (_slots[slot].Key == key) throw new ArgumentException($"duplicate feature key {key}", nameof(keys));
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(key, row);
        }

        Count = keys.Length;
    }

    public int Count { get; }

    /// <summary>The row of <paramref name="key"/>, or -1 if the model has no such feature.</summary>
    public int Find(ulong key) => Probe(key, Home(key));

    /// <summary>Looks up a batch of keys: <paramref name="rows"/>[i] is the row of keys[i], or -1.</summary>
    public void FindAll(ReadOnlySpan<ulong> keys, Span<int> rows)
    {
        rows = rows[..keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            int home = Home(keys[i]);
            rows[i] = home;
            Prefetch(ref _slots[home]);
        }

        for (int i = 0; i < keys.Length; i++) rows[i] = Probe(keys[i], rows[i]);
    }

    /// <summary>Hints the CPU to start loading <paramref name="value"/>'s cache line (no-op without SSE).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static unsafe void Prefetch<T>(ref T value)
    {
        if (Sse.IsSupported) Sse.Prefetch0(Unsafe.AsPointer(ref value));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(ulong key) => (int)(FeatureHash.Mix(key) & (ulong)_mask);

    private int Probe(ulong key, int slot)
    {
        while (true)
        {
            ulong k = _slots[slot].Key;
            if (k == key) return _slots[slot].Row;
            if (k == 0) return -1;
            slot = (slot + 1) & _mask;
        }
    }

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Slot(ulong Key, int Row);
}

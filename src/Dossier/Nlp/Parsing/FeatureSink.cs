using Dossier.Nlp.Learning;

namespace Dossier.Nlp.Parsing;

/// <summary>
/// Writes hashed feature keys into a buffer. Each call is one template, numbered by call order, so a feature
/// function lists its templates as a plain sequence of calls; the order is part of the model format.
/// </summary>
internal ref struct FeatureSink
{
    private readonly Span<ulong> _buffer;
    private int _template;

    public FeatureSink(Span<ulong> buffer, int templateBase)
    {
        _buffer = buffer;
        _template = templateBase;
        Count = 0;
    }

    public int Count { get; private set; }

    public void Add(ulong a) => _buffer[Count++] = FeatureHash.Of(++_template, a);

    public void Add(ulong a, ulong b) => _buffer[Count++] = FeatureHash.Of(++_template, a, b);

    public void Add(ulong a, ulong b, ulong c) => _buffer[Count++] = FeatureHash.Of(++_template, a, b, c);

    public void Add(ulong a, ulong b, ulong c, ulong d) =>
        _buffer[Count++] = FeatureHash.Of(++_template, FeatureHash.Mix(a) ^ b, c, d);
}

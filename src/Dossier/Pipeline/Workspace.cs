namespace Dossier.Pipeline;

/// <summary>
/// Per-worker scratch state: buffers a component reuses from one document to the next. One workspace
/// belongs to one thread at a time; the pipeline itself stays immutable and shared.
/// </summary>
public sealed class Workspace
{
    private readonly Dictionary<Type, object> _scratch = [];

    /// <summary>The scratch object of type <typeparamref name="T"/>, created on first use.</summary>
    public T Get<T>() where T : class, new()
    {
        if (!_scratch.TryGetValue(typeof(T), out var value))
        {
            value = new T();
            _scratch[typeof(T)] = value;
        }

        return (T)value;
    }
}

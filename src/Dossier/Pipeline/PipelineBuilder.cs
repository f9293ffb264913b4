namespace Dossier.Pipeline;

/// <summary>
/// Collects components in order, then <see cref="Build"/> checks that every layer a component reads is
/// written by an earlier one and freezes the result into a shared, immutable <see cref="Pipeline"/>.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IComponent> _components = [];

    public IReadOnlyList<IComponent> Components => _components;

    public PipelineBuilder Add(IComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _components.Add(component);
        return this;
    }

    /// <summary>Inserts a component just before the first component of type <typeparamref name="T"/>.</summary>
    public PipelineBuilder InsertBefore<T>(IComponent component) where T : IComponent
    {
        int at = _components.FindIndex(c => c is T);
        if (at < 0) throw new InvalidOperationException($"no component of type {typeof(T).Name} to insert before");
        _components.Insert(at, component);
        return this;
    }

    public bool Remove<T>() where T : IComponent => _components.RemoveAll(c => c is T) > 0;

    public Pipeline Build()
    {
        var available = Layer.Text;
        foreach (var component in _components)
        {
            var info = component.Info;
            var missing = info.Reads & ~available;
            if (missing != Layer.None)
                throw new InvalidOperationException(
                    $"component '{info.Name}' reads {missing}, but no earlier component writes it");
            if ((available & info.Writes) != 0)
                throw new InvalidOperationException(
                    $"component '{info.Name}' writes {info.Writes}, which an earlier component already writes");
            available |= info.Writes;
        }

        return new Pipeline([.. _components], available);
    }
}

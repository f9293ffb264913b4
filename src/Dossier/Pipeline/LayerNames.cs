namespace Dossier.Pipeline;

/// <summary>The lower-case names of a layer set, in layer order, as outputs and the API list them.</summary>
public static class LayerNames
{
    public static List<string> Of(Layer layers)
    {
        var names = new List<string>();
        foreach (var layer in Enum.GetValues<Layer>())
        {
            if (layer != Layer.None && (layers & layer) == layer)
                names.Add(layer.ToString().ToLowerInvariant());
        }

        return names;
    }
}

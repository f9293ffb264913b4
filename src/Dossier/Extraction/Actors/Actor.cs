namespace Dossier.Extraction.Actors;

/// <summary>
/// One real-world actor (person, organisation, place, group) with every mention of it in the document.
/// <see cref="Id"/> is stable within a document and is what events, quotes and figures refer to.
/// </summary>
public sealed record Actor(
    string Id,
    string Name,
    string Type,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<ActorAttribute> Attributes)
{
    /// <summary>The first value of an attribute ("country", "code", "feature"), or null; no allocation.</summary>
    public string? Attribute(string key)
    {
        foreach (var attribute in Attributes)
        {
            if (attribute.Key == key) return attribute.Value;
        }

        return null;
    }
}

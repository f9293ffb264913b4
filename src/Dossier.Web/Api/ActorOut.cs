namespace Dossier.Web.Api;

/// <summary>
/// An actor across the corpus (grouped by name and type). <see cref="Id"/> is "type:name", the key of
/// GET /api/actors/{id}.
/// </summary>
public sealed record ActorOut(string Id, string Name, string Type, int Documents, int Mentions, int Events)
{
    public static string IdOf(string type, string name) => type + ":" + name;
}

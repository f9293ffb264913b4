namespace Dossier.Store;

/// <summary>An actor name and type with how often it occurs in the corpus.</summary>
internal sealed record ActorRow(string Name, string Type, int Documents, int Mentions, int Events);

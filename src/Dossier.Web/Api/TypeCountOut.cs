namespace Dossier.Web.Api;

/// <summary>How many events of one type.</summary>
public sealed record TypeCountOut(string Type, int Events);

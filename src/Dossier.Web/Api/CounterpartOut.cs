namespace Dossier.Web.Api;

/// <summary>Another actor linked by events, with how many of each type.</summary>
public sealed record CounterpartOut(string Name, int Events, IReadOnlyList<TypeCountOut> Types);

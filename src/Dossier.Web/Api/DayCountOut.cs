namespace Dossier.Web.Api;

/// <summary>How many of an actor's events fall on one day.</summary>
public sealed record DayCountOut(string Date, int Events);

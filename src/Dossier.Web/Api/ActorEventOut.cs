namespace Dossier.Web.Api;

/// <summary>An event of an actor with the actor's role in it: "source", "target" or "both".</summary>
public sealed record ActorEventOut(string Role, EventRowOut Event);

namespace Dossier.Web.Api;

/// <summary>GET /api/actors/{id}: the actor, its events in date order, events per day, and its counterparts.</summary>
public sealed record ActorDetailOut(
    ActorOut Actor,
    IReadOnlyList<ActorEventOut> Events,
    bool EventsTruncated,
    IReadOnlyList<DayCountOut> Timeline,
    IReadOnlyList<CounterpartOut> ActsOn,
    IReadOnlyList<CounterpartOut> ActedOnBy);

/// <summary>An event of the actor with its role ("source", "target" or both).</summary>
public sealed record ActorEventOut(string Role, EventRowOut Event);

public sealed record DayCountOut(string Date, int Events);

/// <summary>Another actor linked by events, with how many of each type.</summary>
public sealed record CounterpartOut(string Name, int Events, IReadOnlyList<TypeCountOut> Types);

public sealed record TypeCountOut(string Type, int Events);

namespace Dossier.Web.Api;

/// <summary>GET /api/actors/{id}: the actor, its events in date order, events per day, and its counterparts.</summary>
public sealed record ActorDetailOut(
    ActorOut Actor,
    IReadOnlyList<ActorEventOut> Events,
    bool EventsTruncated,
    IReadOnlyList<DayCountOut> Timeline,
    IReadOnlyList<CounterpartOut> ActsOn,
    IReadOnlyList<CounterpartOut> ActedOnBy);

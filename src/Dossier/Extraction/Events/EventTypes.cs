namespace Dossier.Extraction.Events;

/// <summary>The 16 PLOVER event types: a closed set fixed by the ontology (docs/events.md).</summary>
internal static class EventTypes
{
    private static readonly HashSet<string> s_types = new(StringComparer.Ordinal)
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    };

    public static bool IsType(string value) => s_types.Contains(value);
}

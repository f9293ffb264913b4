using Dossier.Extraction.Claims.Evaluation;

namespace Dossier.Extraction.Events.Evaluation;

/// <summary>Scores of the event layer against a gold set: three match levels, a per-type table and attribute accuracies.</summary>
public sealed class EventsReport
{
    public int Sentences { get; set; }

    /// <summary>(a) event type.</summary>
    public Tally Type { get; } = new();

    /// <summary>(b) type + source + target.</summary>
    public Tally Actors { get; } = new();

    /// <summary>(c) type + source + target + location.</summary>
    public Tally Location { get; } = new();

    /// <summary>Per PLOVER type: (a) and (b) tallies, in ordinal type order.</summary>
    public SortedDictionary<string, (Tally Type, Tally Actors)> PerType { get; } = new(StringComparer.Ordinal);

    /// <summary>On (b) matches: same negation, same modality, same mode, same CAMEO code.</summary>
    public Accuracy Negated { get; } = new();
    public Accuracy Modality { get; } = new();
    public Accuracy Mode { get; } = new();
    public Accuracy Cameo { get; } = new();

    public (Tally Type, Tally Actors) For(string type)
    {
        if (!PerType.TryGetValue(type, out var row)) PerType[type] = row = (new Tally(), new Tally());
        return row;
    }
}

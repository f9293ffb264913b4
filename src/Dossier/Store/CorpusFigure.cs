using System.Globalization;

namespace Dossier.Store;

/// <summary>A count reported with a corpus event by one document (kind, value or range, who gave it).</summary>
internal sealed record CorpusFigure(string Kind, double Value, double? ValueMax, string Qualifier, string? SourceText, string DocumentId, long StoryId)
{
    public string ValueText => ValueMax is { } max ? $"{Number(Value)}-{Number(max)}" : Number(Value);

    /// <summary>"killed=26 (doc-a, per the ministry)".</summary>
    public override string ToString() =>
        $"{Kind}={ValueText} ({DocumentId}{(SourceText is null ? "" : ", per " + SourceText)})";

    /// <summary>Kinds reported with different values by different stories: "kind: v1 vs v2" in value order.</summary>
    public static IReadOnlyList<string> Conflicts(IReadOnlyList<CorpusFigure> figures) =>
        [.. figures.GroupBy(f => f.Kind, StringComparer.Ordinal)
            .Where(g => g.Select(f => f.StoryId).Distinct().Count() > 1 && g.Select(f => (f.Value, f.ValueMax)).Distinct().Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key + ": " + string.Join(" vs ", g.OrderBy(f => f.Value).ThenBy(f => f.ValueMax ?? f.Value)
                .Select(f => f.ValueText).Distinct(StringComparer.Ordinal)))];

    private static string Number(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}

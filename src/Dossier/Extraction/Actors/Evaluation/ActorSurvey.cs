using System.Globalization;
using System.Text;
using Dossier.Text;
using Dossier.Text.Readers;

namespace Dossier.Extraction.Actors.Evaluation;

/// <summary>
/// Counts what the actor describer finds over a folder of articles (no gold exists for codes): actors by
/// type, how many get a code, role, age, country or coordinates, and a deterministic sample of coded actors
/// (every k-th) for judging by hand (docs/actor-attributes.md). Dates come from a metadata.tsv beside the
/// articles (columns id and date) when there is one, so dated codes see the publication date.
/// </summary>
public static class ActorSurvey
{
    public sealed record Sample(string Document, string Actor, string Type, string Code, string Rule, string Evidence);

    public sealed record Report(int Documents, int Actors, Dictionary<string, int> ActorsByType, Dictionary<string, int> CodedByType,
        int WithRole, int WithAge, int WithCountry, int WithCoordinates, Dictionary<string, int> CodeSources, List<Sample> Samples,
        long Tokens, double DescribeSeconds, int NamedActors = 0, int NamedCoded = 0);

    /// <remarks>
    /// With a describer, each finished document is described once more under a stopwatch (the describer is
    /// stateless, so the second run does the same work as the first): its share of the pipeline's time.
    /// </remarks>
    public static Report Run(Pipeline.Pipeline pipeline, string folder, int limit, int samples, bool samplePlaces = true, ActorDescriber? timed = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var dates = ReadDates(Path.Combine(folder, "metadata.tsv"));
        var files = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).ToList();
        files.Sort(StringComparer.Ordinal);
        if (limit > 0 && files.Count > limit) files.RemoveRange(limit, files.Count - limit);
        var byType = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var codedByType = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var sources = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var coded = new List<Sample>();
        int docs = 0, actors = 0, roles = 0, ages = 0, countries = 0, coords = 0, named = 0, namedCoded = 0;
        long tokens = 0;
        var clock = new System.Diagnostics.Stopwatch();
        foreach (var file in files)
        {
            foreach (var read in DocumentReader.ReadFile(file))
            {
                if (!read.Succeeded) continue;
                var source = read.Document;
                string id = Path.GetFileNameWithoutExtension(file);
                var info = source.Info with { Id = id, Date = source.Info.Date ?? dates.GetValueOrDefault(id) };
                var doc = pipeline.Process(new Doc(source.Text, info, source.Boilerplate));
                docs++;
                tokens += doc.Count;
                if (timed is not null)
                {
                    clock.Start();
                    timed.Describe(doc, doc.Actors);
                    clock.Stop();
                }
                foreach (var a in doc.Actors)
                {
                    actors++;
                    byType[a.Type] = byType.GetValueOrDefault(a.Type) + 1;
                    if (a.Attributes.Any(x => x.Key == "role")) roles++;
                    if (a.Attributes.Any(x => x.Key == "age")) ages++;
                    if (a.Attributes.Any(x => x.Key == "country")) countries++;
                    if (a.Attributes.Any(x => x.Key == "lat")) coords++;
                    // Coreference also makes actors of descriptions and pronouns alone ("the ministry", "he"),
                    // which are coded only when the text ties them: the named ones are counted apart.
                    bool hasName = a.Mentions.Any(m => m.Kind == MentionKind.Named);
                    if (hasName) named++;
                    if (a.Attributes.FirstOrDefault(x => x.Key == "code") is not { } code) continue;
                    if (hasName) namedCoded++;
                    codedByType[a.Type] = codedByType.GetValueOrDefault(a.Type) + 1;
                    string kind = SourceOf(code.Rule);
                    sources[kind] = sources.GetValueOrDefault(kind) + 1;
                    string evidence = code.Start is int s && code.End is int e ? doc.Text[s..e].ReplaceLineEndings(" ") : "";
                    if (!samplePlaces && kind == "place") continue;
                    coded.Add(new Sample(id, a.Name, a.Type, code.Value, code.Rule, evidence));
                }
            }
        }

        var picked = new List<Sample>();
        if (samples > 0 && coded.Count > 0)
        {
            double step = Math.Max(1.0, coded.Count / (double)samples);
            for (double i = 0; i < coded.Count && picked.Count < samples; i += step) picked.Add(coded[(int)i]);
        }

        return new Report(docs, actors, new(byType), new(codedByType), roles, ages, countries, coords, new(sources), picked, tokens, clock.Elapsed.TotalSeconds, named, namedCoded);
    }

    /// <summary>Which kind of evidence gave a code: gazetteer, curated organisations, named entries, roles or agents.</summary>
    private static string SourceOf(string rule) =>
        rule.StartsWith("gazetteer", StringComparison.Ordinal) ? "place"
        : rule.StartsWith("actors:code-role", StringComparison.Ordinal) ? "role"
        : rule.StartsWith("organisations.tsv", StringComparison.Ordinal) ? "organisation"
        : rule.StartsWith("people.tsv", StringComparison.Ordinal) || rule.StartsWith("phoenix-actors", StringComparison.Ordinal) ? "named"
        : "agent";

    private static Dictionary<string, DateOnly?> ReadDates(string path)
    {
        var dates = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        if (!File.Exists(path)) return dates;
        int idCol = -1, dateCol = -1;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var f = line.Split('\t');
            if (idCol < 0)
            {
                idCol = Array.IndexOf(f, "id");
                dateCol = Array.IndexOf(f, "date");
                if (idCol < 0 || dateCol < 0) return dates;
                continue;
            }

            if (f.Length > Math.Max(idCol, dateCol) && DateOnly.TryParseExact(f[dateCol], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                dates[f[idCol]] = d;
        }

        return dates;
    }
}

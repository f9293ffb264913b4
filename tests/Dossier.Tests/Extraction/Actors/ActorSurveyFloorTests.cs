using Dossier.Extraction.Actors.Evaluation;
using Dossier.Pipeline;

namespace Dossier.Tests.Extraction.Actors;

/// <summary>
/// Coverage floors on the first 40 AllSides world-politics articles (`dossier eval actors --limit 40`,
/// measured 2026-11-25: 487 of 1,397 actors coded, 259 with coordinates, 138 with a role, 9 with an age).
/// Precision is judged by hand (docs/actor-attributes.md); these floors catch a describer that stops finding.
/// </summary>
public sealed class ActorSurveyFloorTests
{
    [Fact]
    public void Codes_roles_and_coordinates_stay_above_their_floors()
    {
        string folder = TestPaths.Shared("news", "allsides-world-politics");
        Assert.True(Directory.Exists(folder), $"shared data not found at {folder} (../shared/data, see DATA-SOURCES.md)");

        var report = ActorSurvey.Run(StandardPipelineFor.Repo, folder, 40, 0);
        // Over actors with a name: coreference also makes actors of descriptions and pronouns alone, which
        // stay uncoded unless the text ties them to a country (docs/actor-attributes.md).
        Assert.True(report.NamedCoded >= report.NamedActors * 0.32, $"coded {report.NamedCoded} of {report.NamedActors} named actors (floor 32%; measured 35.2%)");
        Assert.True(report.WithCoordinates >= 245, $"{report.WithCoordinates} actors with coordinates (floor 245; measured 273)");
        Assert.True(report.WithRole >= 500, $"{report.WithRole} actors with a role (floor 500; measured 558)");
        Assert.True(report.WithAge >= 12, $"{report.WithAge} actors with an age (floor 12; measured 16; 14 since capitalised titles are no descriptions)");
        // Security groups ("security forces", "police") coded by their agent sector, with or without a country (actors3: 34).
        int agents = report.CodeSources.GetValueOrDefault("agent");
        Assert.True(agents >= 25, $"{agents} actors coded from an agent noun (floor 25; measured 34)");
    }
}

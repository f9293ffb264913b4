using System.CommandLine;
using Dossier.Nlp.Gazetteers;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train gazetteer</c>: builds the compact gazetteer under lexicon/gazetteer/ from the full sources.</summary>
public static class TrainGazetteerCommand
{
    public static Command Create() => TrainingData.LexiconBuild("gazetteer",
        "Build the compact gazetteer (countries, cities, admin1) from GeoNames and mledoze/countries",
        "Folder with countries.json, geonames-cities1000.txt, geonames-admin1.json", "lexicon/gazetteer", (src, dir) =>
        {
            var (countries, cities, admin1) = GazetteerBuilder.Build(src, dir);
            var check = Gazetteer.Load(dir);
            return $"{countries} countries, {cities} cities, {admin1} admin1 divisions, {check.NameCount} names";
        });
}

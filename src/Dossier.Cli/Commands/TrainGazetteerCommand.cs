using System.CommandLine;
using Dossier.Nlp.Gazetteers;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train gazetteer</c>: builds the compact gazetteer under lexicon/gazetteer/ from the full sources.</summary>
public static class TrainGazetteerCommand
{
    public static Command Create()
    {
        var source = new Option<string>("--source") { Description = "Folder with countries.json, geonames-cities1000.txt, geonames-admin1.json", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write", DefaultValueFactory = _ => "lexicon/gazetteer" };
        var command = new Command("gazetteer", "Build the compact gazetteer (countries, cities, admin1) from GeoNames and mledoze/countries") { source, output };
        command.SetAction(parse =>
        {
            var src = parse.GetValue(source)!;
            if (!Directory.Exists(src))
            {
                Console.Error.WriteLine($"dossier: error: --source '{src}' is not a folder");
                return ExitCodes.Usage;
            }

            var dir = parse.GetValue(output)!;
            var (countries, cities, admin1) = GazetteerBuilder.Build(src, dir);
            var check = Gazetteer.Load(dir);
            Console.WriteLine($"gazetteer: {countries} countries, {cities} cities, {admin1} admin1 divisions, {check.NameCount} names -> {dir}");
            return ExitCodes.Ok;
        });
        return command;
    }
}

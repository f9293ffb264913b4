using System.CommandLine;
using Dossier.Extraction.Actors;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train actor-nouns</c>: derives lexicon/actors/nouns.tsv and names.tsv from GUM's coreference layer.</summary>
public static class TrainActorNounsCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "Treebank with GUM Entity= annotations (CoNLL-U)", DefaultValueFactory = _ => "../shared/data/ud-gum/en_gum-ud-train.conllu" };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write", DefaultValueFactory = _ => "lexicon/actors" };
        var command = new Command("actor-nouns", "Derive actor head nouns and name genders from GUM coreference") { train, output };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(train)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"dossier: error: {path}: file not found");
                return ExitCodes.Usage;
            }

            var dir = parse.GetValue(output)!;
            var (nouns, names) = ActorLexiconBuilder.Build(path, dir);
            Console.WriteLine($"actor-nouns: {nouns} nouns, {names} names -> {dir}");
            return ExitCodes.Ok;
        });
        return command;
    }
}

using System.CommandLine;
using Dossier.Extraction.Actors;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train actor-codes</c>: converts the Phoenix actor and agent dictionaries into lexicon/actors/.</summary>
public static class TrainActorCodesCommand
{
    public static Command Create() => TrainingData.LexiconBuild("actor-codes",
        "Convert the Phoenix (PETRARCH-2) actor and agent dictionaries into dated actor codes (TSV)",
        "Folder with the Phoenix *.actors.txt and Phoenix.agents.txt dictionaries", "lexicon/actors", (src, dir) =>
        {
            var stats = PhoenixActorImporter.Build(src, dir);
            return $"{stats.Actors} actors ({stats.Names} names, {stats.Roles} coded roles), {stats.Agents} agent phrases ({stats.Skipped} lines or codes not imported)";
        });
}

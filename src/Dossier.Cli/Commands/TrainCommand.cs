using System.CommandLine;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train</c>: the parent of one subcommand per trainable model.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train a model from annotated data (seeded and reproducible)");
        command.Subcommands.Add(TrainTaggerCommand.Create());
        command.Subcommands.Add(TrainLemmatizerCommand.Create());
        command.Subcommands.Add(TrainParserCommand.Create());
        command.Subcommands.Add(TrainNerCommand.Create());
        command.Subcommands.Add(TrainClustersCommand.Create());
        command.Subcommands.Add(TrainGazetteerCommand.Create());
        command.Subcommands.Add(TrainEventsLexiconCommand.Create());
        command.Subcommands.Add(TrainActorNounsCommand.Create());
        command.Subcommands.Add(TrainActorCodesCommand.Create());
        return command;
    }
}

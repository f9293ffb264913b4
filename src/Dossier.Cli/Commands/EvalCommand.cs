using System.CommandLine;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval</c>: the parent of every evaluation command against gold data.</summary>
public static class EvalCommand
{
    /// <summary>Subcommand factories, in help order. Add a new evaluation with one line here.</summary>
    private static readonly Func<Command>[] s_subcommands =
    [
        EvalTokenizeCommand.Create,
        EvalTaggerCommand.Create,
        EvalUdCommand.Create,
        EvalNerCommand.Create,
        EvalClaimsCommand.Create,
        EvalEventsCommand.Create,
        EvalCorefCommand.Create,
        EvalActorsCommand.Create,
    ];

    public static Command Create()
    {
        var command = new Command("eval", "Evaluate pipeline components against gold data (CoNLL-U, CoNLL-2003)");
        foreach (var create in s_subcommands) command.Subcommands.Add(create());
        return command;
    }
}

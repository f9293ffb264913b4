using System.CommandLine;
using System.Diagnostics;
using Dossier.Nlp.Clusters;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train clusters</c>: learns word clusters from unlabelled news for the NER model.</summary>
public static class TrainClustersCommand
{
    public static Command Create()
    {
        var news = new Option<string>("--news") { Description = "Folder of unlabelled news text (.txt articles, .tsv rows)", Required = true };
        var output = TrainingData.OutOption("models/clusters.model", "Cluster file to write");
        var seed = new Option<int>("--seed") { Description = "Seed of the random projection", DefaultValueFactory = _ => 1 };
        var command = new Command("clusters", "Learn word clusters from unlabelled news (used as NER features)") { news, output, seed };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(news)!;
            if (!Directory.Exists(root))
            {
                Console.Error.WriteLine($"dossier: error: --news '{root}' is not a folder");
                return ExitCodes.Usage;
            }

            var watch = Stopwatch.StartNew();
            var clusters = ClusterTrainer.Train(root, new ClusterOptions(Seed: parse.GetValue(seed)), Console.Out);
            var path = parse.GetValue(output)!;
            clusters.Write(path);
            Console.WriteLine($"clusters: wrote {clusters.Count:N0} words to {path} in {watch.Elapsed.TotalSeconds:F0} s");
            return ExitCodes.Ok;
        });
        return command;
    }
}

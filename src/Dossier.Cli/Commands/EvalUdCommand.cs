using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dossier.Nlp.Corpora;
using Dossier.Nlp.Evaluation;
using Dossier.Nlp.Parsing;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier eval ud</c>: UPOS, XPOS, lemma accuracy and UAS/LAS of the standard pipeline on a CoNLL-U
/// treebank, with gold tokenisation, or from raw text with CoNLL 2018-style alignment (--raw).
/// </summary>
public static class EvalUdCommand
{
    public static Command Create()
    {
        var conllu = new Option<string>("--conllu") { Description = "Gold treebank (CoNLL-U)", Required = true };
        var json = new Option<bool>("--json") { Description = "Print scores as JSON (percentages)" };
        var raw = new Option<bool>("--raw") { Description = "Start from the tokenizer on the raw text; report aligned F1 scores" };
        var goldTags = new Option<bool>("--gold-tags") { Description = "Use the treebank's tags instead of the tagger's (gold tokenisation only)" };
        var repeat = new Option<int>("--repeat") { Description = "Passes over the file (gold tokenisation); speed is that of the fastest pass", DefaultValueFactory = _ => 1 };
        var only = new Option<string[]>("--only")
        {
            Description = "Run only these components of the chain (e.g. tagger lemmatizer parser), to time them alone",
            AllowMultipleArgumentsPerToken = true,
        };
        var beam = new Option<int>("--beam") { Description = "Decode with this parser beam width instead of the model's own (0: the model's)" };
        var command = new Command("ud", "Score tagging, lemmas and parsing against a UD treebank")
        {
            conllu, json, raw, goldTags, repeat, only, beam,
        };
        command.SetAction(parse => Run(parse.GetValue(conllu)!, parse.GetValue(json), parse.GetValue(raw), parse.GetValue(goldTags), Math.Max(1, parse.GetValue(repeat)), parse.GetValue(only) ?? [], parse.GetValue(beam)));
        return command;
    }

    private static int Run(string path, bool json, bool raw, bool goldTags, int repeat, string[] only, int beam)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"dossier: error: {path}: file not found");
            return ExitCodes.Usage;
        }

        List<IComponent> components;
        try
        {
            components = Components(DossierHome.Locate(), tagsAvailable: goldTags && !raw)
                .Select(c => c is Parser parser && beam > 0 ? parser.WithBeam(beam) : c)
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException)
        {
            Console.Error.WriteLine($"dossier: error: cannot load the pipeline: {ex.Message}");
            return ExitCodes.DocumentFailed;
        }

        var sentences = ConlluReader.Read(path).ToList();
        var scores = new Dictionary<string, double?>(StringComparer.Ordinal);
        if (raw)
        {
            var aligned = RawUdEvaluation.Evaluate(sentences, components);
            scores["tokens"] = aligned.Tokens;
            scores["sentences"] = aligned.Sentences;
            scores["words"] = aligned.Words;
            scores["upos"] = aligned.Upos;
            scores["uas"] = aligned.Uas;
            scores["las"] = aligned.Las;
        }
        else
        {
            var selected = components
                .Where(c => (c.Info.Writes & (Layer.Tokens | Layer.Sentences)) == 0)
                .Where(c => only.Length == 0 || only.Contains(c.Info.Name, StringComparer.Ordinal))
                .ToList();
            UdScores? result = null;
            double bestCpu = double.MaxValue, bestThreadCpu = double.MaxValue;
            for (int pass = 0; pass < repeat; pass++)
            {
                var cpuBefore = Environment.CpuUsage.TotalTime;
                var run = UdEvaluation.GoldTokenisation(sentences, selected, goldTags);
                double cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds;
                if (result is null || run.Seconds.Sum(x => x.Seconds) < result.Seconds.Sum(x => x.Seconds)) result = run;
                bestCpu = Math.Min(bestCpu, cpu);
                bestThreadCpu = Math.Min(bestThreadCpu, run.CpuSeconds?.Sum(x => x.Seconds) ?? double.MaxValue);
            }

            scores["upos"] = result!.Upos;
            scores["xpos"] = result.Xpos;
            scores["lemma"] = result.Lemma;
            scores["uas"] = result.Uas;
            scores["las"] = result.Las;
            scores["las_full_labels"] = result.Dependencies?.LasFull;
            foreach (var (name, seconds) in result.Seconds)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: {seconds:F2} s, {(seconds > 0 ? result.Words / seconds : 0):N0} words/s"));
            }

            // CPU time is the fairer speed figure on a shared machine: wall time also counts waiting for a core.
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"all components: {result.Words / Math.Max(1e-9, result.Seconds.Sum(s => s.Seconds)):N0} words/s wall, {result.Words / Math.Max(1e-9, bestCpu):N0} words per CPU second (whole evaluation) over {result.Words:N0} words"));
            if (ThreadCpuClock.IsThreadCpu)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"components alone: {result.Words / Math.Max(1e-9, bestThreadCpu):N0} words per thread-CPU second (fastest pass; {string.Join(", ", result.CpuSeconds!.Select(c => $"{c.Component} {c.Seconds:F3} s"))})"));
            }

        }

        if (json)
        {
            var rounded = scores.ToDictionary(kv => kv.Key, kv => kv.Value is { } v ? Math.Round(v, 2) : (double?)null, StringComparer.Ordinal);
            Console.WriteLine(JsonSerializer.Serialize(rounded));
        }
        else
        {
            foreach (var (name, value) in scores)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-16}{(value is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : "-")}"));
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// The standard chain, plus the parser if the chain lacks one, its model exists and tags will be there
    /// (from a tagger in the chain, or gold tags).
    /// </summary>
    private static List<IComponent> Components(DossierHome home, bool tagsAvailable)
    {
        var components = StandardPipeline.CreateBuilder(home).Components.ToList();
        bool hasParser = components.Any(c => c.Info.Writes == Layer.Heads);
        bool hasTags = tagsAvailable || components.Any(c => c.Info.Writes == Layer.Tags);
        var model = home.ModelPath(Parser.ModelFileName);
        if (!hasParser && hasTags && File.Exists(model)) components.Add(Parser.Load(model));
        return components;
    }
}

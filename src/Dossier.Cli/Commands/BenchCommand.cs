using Dossier.Cli.Output;
using Dossier.Extraction.Actors;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dossier.Pipeline;
using Dossier.Text;
using Dossier.Text.Readers;
using Dossier.Text.Tokenization;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier bench</c>: runs the standard pipeline single-threaded over every .txt file of a folder (read
/// into memory first, then a warm-up pass) and reports throughput and memory; also times the tokenizer alone.
/// </summary>
public static class BenchCommand
{
    // Two warm-up passes over this many documents let tiered compilation reach optimised code first.
    private const int WarmUpDocuments = 1500;

    public static Command Create()
    {
        var input = new Option<string>("--input")
        {
            Description = "Folder whose .txt files (recursive, ordinal path order) are analysed",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table" };
        var limit = new Option<int>("--limit") { Description = "Use only the first N files (0 = all)", DefaultValueFactory = _ => 0 };
        var without = new Option<string?>("--without") { Description = "Leave out the named component (e.g. events; actor-attributes = the actor describer) to measure its share" };
        var command = new Command("bench",
            "Measure pipeline throughput (articles/s, tokens/s, characters/s) and peak memory, single-threaded")
        {
            input, json, limit, without,
        };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(json), parse.GetValue(limit), parse.GetValue(without)));
        command.Subcommands.Add(BenchStoreCommand.Create());
        return command;
    }

    private sealed record BenchResult(
        string Input, int Articles, long Characters, long Tokens, long Sentences, double Seconds, double CpuSeconds,
        double TokenizerSeconds, double TokenizerCpuSeconds, long PeakWorkingSetBytes, long AllocatedBytes, int Gen0, int Gen1, int Gen2, string Layers);

    private static int Run(string input, bool json, int limit, string? without)
    {
        if (!Directory.Exists(input))
        {
            Console.Error.WriteLine($"dossier: error: {input}: no such folder");
            return ExitCodes.Usage;
        }

        Pipeline.Pipeline pipeline;
        Tokenizer tokenizer;
        try
        {
            var home = DossierHome.Locate();
            pipeline = Without(StandardPipeline.CreateBuilder(home), without).Build();
            tokenizer = Tokenizer.Create(home);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException)
        {
            Console.Error.WriteLine($"dossier: error: cannot load the pipeline: {ex.Message}");
            return ExitCodes.DocumentFailed;
        }

        var sources = LoadSources(input, limit);
        if (sources.Count == 0)
        {
            Console.Error.WriteLine($"dossier: error: {input}: no .txt files");
            return ExitCodes.Usage;
        }

        var workspace = new Workspace();
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = 0; i < Math.Min(WarmUpDocuments, sources.Count); i++) pipeline.Process(sources[i].ToDoc(), workspace);
        }

        var result = Measure(input, sources, pipeline, tokenizer, workspace);
        if (json) WriteJson(result);
        else WriteTable(result);
        return ExitCodes.Ok;
    }

    /// <summary>The standard chain without the named component (components only read layers, so later ones must not need it).</summary>
    private static PipelineBuilder Without(PipelineBuilder standard, string? name)
    {
        if (name is null) return standard;
        var builder = new PipelineBuilder();
        foreach (var component in standard.Components)
        {
            // "actor-attributes" keeps the actors but leaves out the describer that fills their attributes.
            if (name == "actor-attributes" && component is ActorResolver resolver) builder.Add(resolver.WithoutDescriber());
            else if (!string.Equals(component.Info.Name, name, StringComparison.Ordinal)) builder.Add(component);
        }

        return builder;
    }

    private static List<SourceDocument> LoadSources(string input, int limit)
    {
        var files = Directory.EnumerateFiles(input, "*.txt", SearchOption.AllDirectories).ToList();
        files.Sort(StringComparer.Ordinal);
        if (limit > 0 && files.Count > limit) files.RemoveRange(limit, files.Count - limit);
        var sources = new List<SourceDocument>(files.Count);
        foreach (var file in files)
        {
            foreach (var result in DocumentReader.ReadFile(file))
            {
                if (result.Succeeded) sources.Add(result.Document);
                else Console.Error.WriteLine($"dossier: warning: {result.Failure} (skipped)");
            }
        }

        return sources;
    }

    private static BenchResult Measure(string input, List<SourceDocument> sources, Pipeline.Pipeline pipeline, Tokenizer tokenizer, Workspace workspace)
    {
        long characters = 0, tokens = 0, sentences = 0;
        foreach (var s in sources) characters += s.Text.Length;
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = CpuTime();
        var clock = Stopwatch.StartNew();

        void RunAll(Action? step)
        {
            foreach (var source in sources)
            {
                var doc = pipeline.Process(source.ToDoc(), workspace);
                tokens += doc.Count;
                sentences += doc.SentenceCount;
                step?.Invoke();
            }
        }

        if (!Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress().AutoClear(true).Start(ctx =>
            {
                var task = ctx.AddTask("analysing", maxValue: sources.Count);
                RunAll(() => task.Increment(1));
            });
        }
        else
        {
            RunAll(null);
        }

        double seconds = clock.Elapsed.TotalSeconds;
        double cpuSeconds = (CpuTime() - cpu).TotalSeconds;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        gen0 = GC.CollectionCount(0) - gen0;
        gen1 = GC.CollectionCount(1) - gen1;
        gen2 = GC.CollectionCount(2) - gen2;

        cpu = CpuTime();
        clock.Restart();
        foreach (var source in sources) tokenizer.Process(source.ToDoc(), workspace);
        double tokenizerSeconds = clock.Elapsed.TotalSeconds;
        double tokenizerCpuSeconds = (CpuTime() - cpu).TotalSeconds;

        using var process = Process.GetCurrentProcess();
        return new BenchResult(input, sources.Count, characters, tokens, sentences, seconds, cpuSeconds, tokenizerSeconds, tokenizerCpuSeconds,
            process.PeakWorkingSet64, allocated, gen0, gen1, gen2, pipeline.Layers.ToString());
    }

    /// <summary>CPU time of this process: on a shared machine it tracks the work done better than wall time.</summary>
    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static void WriteTable(BenchResult r)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"input            {r.Input}"));
        Console.WriteLine(string.Create(inv, $"layers           {r.Layers}"));
        Console.WriteLine(string.Create(inv, $"articles         {r.Articles:N0}"));
        Console.WriteLine(string.Create(inv, $"characters       {r.Characters:N0}"));
        Console.WriteLine(string.Create(inv, $"tokens           {r.Tokens:N0}"));
        Console.WriteLine(string.Create(inv, $"sentences        {r.Sentences:N0}"));
        Console.WriteLine(string.Create(inv, $"total time       {r.Seconds:F2} s wall, {r.CpuSeconds:F2} s CPU"));
        Console.WriteLine(string.Create(inv, $"articles/s       {r.Articles / r.Seconds:N1}"));
        Console.WriteLine(string.Create(inv, $"tokens/s         {r.Tokens / r.Seconds:N0}"));
        Console.WriteLine(string.Create(inv, $"characters/s     {r.Characters / r.Seconds:N0}"));
        Console.WriteLine(string.Create(inv, $"characters/s CPU {r.Characters / r.CpuSeconds:N0}"));
        Console.WriteLine(string.Create(inv, $"tokenizer only   {r.Characters / r.TokenizerSeconds:N0} chars/s wall, {r.Characters / r.TokenizerCpuSeconds:N0} chars/s CPU"));
        Console.WriteLine(string.Create(inv, $"peak memory      {r.PeakWorkingSetBytes / (1024.0 * 1024.0):N1} MiB (working set)"));
        Console.WriteLine(string.Create(inv, $"allocated        {r.AllocatedBytes / (1024.0 * 1024.0):N1} MiB; GCs gen0/1/2 {r.Gen0}/{r.Gen1}/{r.Gen2}"));
    }

    private static void WriteJson(BenchResult r)
    {
        JsonStdout.WriteObject(writer =>
        {
            writer.WriteString("input", r.Input);
            writer.WriteString("layers", r.Layers);
            writer.WriteNumber("articles", r.Articles);
            writer.WriteNumber("characters", r.Characters);
            writer.WriteNumber("tokens", r.Tokens);
            writer.WriteNumber("sentences", r.Sentences);
            writer.WriteNumber("seconds", Math.Round(r.Seconds, 3));
            writer.WriteNumber("cpuSeconds", Math.Round(r.CpuSeconds, 3));
            writer.WriteNumber("articlesPerSecond", Math.Round(r.Articles / r.Seconds, 1));
            writer.WriteNumber("tokensPerSecond", Math.Round(r.Tokens / r.Seconds));
            writer.WriteNumber("charactersPerSecond", Math.Round(r.Characters / r.Seconds));
            writer.WriteNumber("charactersPerCpuSecond", Math.Round(r.Characters / r.CpuSeconds));
            writer.WriteNumber("tokenizerCharactersPerSecond", Math.Round(r.Characters / r.TokenizerSeconds));
            writer.WriteNumber("tokenizerCharactersPerCpuSecond", Math.Round(r.Characters / r.TokenizerCpuSeconds));
            writer.WriteNumber("peakWorkingSetBytes", r.PeakWorkingSetBytes);
            writer.WriteNumber("allocatedBytes", r.AllocatedBytes);
            writer.WriteNumber("gen0Collections", r.Gen0);
            writer.WriteNumber("gen1Collections", r.Gen1);
            writer.WriteNumber("gen2Collections", r.Gen2);
        }, indented: false);
    }
}

using Dossier.Cli.Output;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dossier.Pipeline;
using Dossier.Text.Tokenization;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval tokenize</c>: token and sentence boundary scores against a CoNLL-U treebank.</summary>
public static class EvalTokenizeCommand
{
    public static Command Create()
    {
        var conllu = new Option<string>("--conllu")
        {
            Description = "CoNLL-U file whose documents are rebuilt as raw text and segmented",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table" };
        var errors = new Option<int>("--errors")
        {
            Description = "Also print up to N mismatched spans (gold-only '-', predicted-only '+') to standard error",
            DefaultValueFactory = _ => 0,
        };
        var command = new Command("tokenize",
            "Score tokens and sentences against a CoNLL-U file (a span is correct when both boundaries match)")
        {
            conllu, json, errors,
        };
        command.SetAction(parse => Run(parse.GetValue(conllu)!, parse.GetValue(json), parse.GetValue(errors)));
        return command;
    }

    private static int Run(string path, bool json, int maxErrors)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"dossier: error: {path}: no such file");
            return ExitCodes.DocumentFailed;
        }

        Tokenizer tokenizer;
        try
        {
            tokenizer = Tokenizer.Create(DossierHome.Locate());
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            Console.Error.WriteLine($"dossier: error: cannot load the tokenizer: {ex.Message}");
            return ExitCodes.DocumentFailed;
        }

        int printed = 0;
        Action<TokenizationMiss, string>? onMiss = maxErrors <= 0 ? null : (miss, text) =>
        {
            if (printed++ >= maxErrors) return;
            Console.Error.WriteLine(FormatMiss(miss, text));
        };

        TokenizationScores scores;
        try
        {
            scores = TokenizationEval.Evaluate(path, tokenizer, new SentenceSplitter(tokenizer.Lexicon), onMiss);
        }
        catch (FormatException ex)
        {
            Console.Error.WriteLine($"dossier: error: {ex.Message}");
            return ExitCodes.DocumentFailed;
        }

        if (json) WriteJson(scores);
        else WriteTable(scores);
        return ExitCodes.Ok;
    }

    private static string FormatMiss(TokenizationMiss miss, string text)
    {
        int from = Math.Max(0, miss.Span.Start - 30), to = Math.Min(text.Length, miss.Span.End + 30);
        string Clean(int a, int b) => text[a..b].Replace('\n', '¶');
        string span = miss.IsSentence && miss.Span.Length > 60
            ? Clean(miss.Span.Start, miss.Span.Start + 25) + " … " + Clean(miss.Span.End - 25, miss.Span.End)
            : Clean(miss.Span.Start, miss.Span.End);
        return string.Create(CultureInfo.InvariantCulture,
            $"{(miss.IsGold ? '-' : '+')} {(miss.IsSentence ? "sent " : "token")} [{span}]  …{Clean(from, miss.Span.Start)}⟦{(miss.IsSentence ? "…" : span)}⟧{Clean(miss.Span.End, to)}…");
    }

    private static void WriteTable(TokenizationScores s)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{s.Corpus}: {s.Documents} documents, {s.Characters} characters"));
        Console.WriteLine("             gold  predicted  correct  precision  recall      F1");
        foreach (var (name, score) in new[] { ("tokens", s.Tokens), ("sentences", s.Sentences) })
        {
            Console.WriteLine(string.Create(inv,
                $"{name,-10} {score.Gold,7} {score.Predicted,10} {score.Correct,8} {score.Precision,10:F2} {score.Recall,7:F2} {score.F1,7:F2}"));
        }
    }

    private static void WriteJson(TokenizationScores s)
    {
        JsonStdout.WriteObject(writer =>
        {
            writer.WriteString("corpus", s.Corpus);
            writer.WriteNumber("documents", s.Documents);
            writer.WriteNumber("characters", s.Characters);
            WriteScore(writer, "tokens", s.Tokens);
            WriteScore(writer, "sentences", s.Sentences);
        }, indented: false);
    }

    private static void WriteScore(Utf8JsonWriter writer, string name, SpanScore score)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("gold", score.Gold);
        writer.WriteNumber("predicted", score.Predicted);
        writer.WriteNumber("correct", score.Correct);
        writer.WriteNumber("precision", Math.Round(score.Precision, 2));
        writer.WriteNumber("recall", Math.Round(score.Recall, 2));
        writer.WriteNumber("f1", Math.Round(score.F1, 2));
        writer.WriteEndObject();
    }
}

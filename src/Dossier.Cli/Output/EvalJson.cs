using System.Text.Json;
using Dossier.Extraction.Claims.Evaluation;

namespace Dossier.Cli.Output;

/// <summary>The JSON shapes the gold-set eval commands share: a precision/recall tally and an accuracy.</summary>
internal static class EvalJson
{
    public static void WriteTally(Utf8JsonWriter j, string name, Tally t)
    {
        j.WriteStartObject(name);
        j.WriteNumber("precision", Math.Round(t.Precision, 4));
        j.WriteNumber("recall", Math.Round(t.Recall, 4));
        j.WriteNumber("f1", Math.Round(t.F1, 4));
        j.WriteNumber("matched", t.Matched);
        j.WriteNumber("gold", t.Gold);
        j.WriteNumber("predicted", t.Predicted);
        j.WriteEndObject();
    }

    public static void WriteAccuracy(Utf8JsonWriter j, string name, Accuracy a)
    {
        j.WriteStartObject(name);
        j.WriteNumber("accuracy", Math.Round(a.Value, 4));
        j.WriteNumber("correct", a.Correct);
        j.WriteNumber("total", a.Total);
        j.WriteEndObject();
    }
}

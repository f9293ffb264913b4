using System.Globalization;
using Dossier.Extraction.Claims.Evaluation;

namespace Dossier.Cli.Output;

/// <summary>The text lines the gold-set eval commands share: a precision/recall tally and an accuracy, names padded to one column.</summary>
internal static class EvalText
{
    public static void Tally(TextWriter w, string name, Tally t, int width) => w.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name.PadRight(width)}P {t.Precision:0.000}  R {t.Recall:0.000}  F1 {t.F1:0.000}  (matched {t.Matched}, gold {t.Gold}, predicted {t.Predicted})"));

    public static void Accuracy(TextWriter w, string name, Accuracy a, int width) => w.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name.PadRight(width)}{a.Value:0.000}  ({a.Correct}/{a.Total})"));
}

using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dossier.Nlp.Entities;

/// <summary>Formats <see cref="NerScores"/> as conlleval prints them, or as JSON (percentages).</summary>
public static class NerReport
{
    public static string Text(NerScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var o = scores.Overall;
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"processed {scores.Tokens} tokens with {o.Gold} phrases; found: {o.Predicted} phrases; correct: {o.Correct}.\n");
        sb.Append(inv, $"precision: {o.Precision,6:F2}%; recall: {o.Recall,6:F2}%; FB1: {o.F1,6:F2}\n");
        foreach (var (type, c) in scores.PerType)
            sb.Append(inv, $"{type,17}: precision: {c.Precision,6:F2}%; recall: {c.Recall,6:F2}%; FB1: {c.F1,6:F2}  {c.Predicted}\n");
        return sb.ToString();
    }

    public static string Json(NerScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            WriteCounts(w, scores.Overall);
            w.WriteNumber("tokens", scores.Tokens);
            w.WriteStartObject("per_type");
            foreach (var (type, c) in scores.PerType)
            {
                w.WriteStartObject(type);
                WriteCounts(w, c);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteCounts(Utf8JsonWriter w, SpanCounts c)
    {
        w.WriteNumber("precision", Math.Round(c.Precision, 2));
        w.WriteNumber("recall", Math.Round(c.Recall, 2));
        w.WriteNumber("f1", Math.Round(c.F1, 2));
        w.WriteNumber("gold", c.Gold);
        w.WriteNumber("predicted", c.Predicted);
        w.WriteNumber("correct", c.Correct);
    }
}

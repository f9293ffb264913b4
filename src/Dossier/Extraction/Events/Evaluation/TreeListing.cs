using System.Globalization;
using System.Text;
using Dossier.Text;

namespace Dossier.Extraction.Events.Evaluation;

/// <summary>A CoNLL-like listing of a document's tokens (form, lemma, tags, head, relation) for reading evaluation errors.</summary>
public static class TreeListing
{
    public static string Of(Doc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var sb = new StringBuilder();
        for (int t = 0; t < doc.Count; t++)
        {
            int head = doc.Head.Length > t ? doc.Head[t] : -1;
            sb.Append(CultureInfo.InvariantCulture, $"    {t}\t{doc.Text[doc.Start[t]..doc.End[t]]}\t{doc.Lemma[t]}\t{doc.Pos[t]}\t{doc.Xpos[t]}\t{head}\t{doc.Deprel[t]}\n");
        }

        return sb.ToString();
    }
}

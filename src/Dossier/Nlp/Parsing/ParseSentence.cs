using Dossier.Nlp.Corpora;
using Dossier.Text;

namespace Dossier.Nlp.Parsing;

/// <summary>
/// One sentence for training or evaluating the parser: forms, tags, and (for gold data) 0-based heads
/// (-1 for the root) and labels.
/// </summary>
internal sealed class ParseSentence
{
    public ParseSentence(string[] forms, string[] xpos, Upos[] upos, int[] heads, string[] deprels)
    {
        Forms = forms;
        Xpos = xpos;
        Upos = upos;
        Heads = heads;
        Deprels = deprels;
    }

    public string[] Forms { get; }

    public string[] Xpos { get; }

    public Upos[] Upos { get; }

    public int[] Heads { get; }

    public string[] Deprels { get; }

    public int Length => Forms.Length;

    public static ParseSentence FromConllu(ConlluSentence s)
    {
        ArgumentNullException.ThrowIfNull(s);
        int n = s.Words.Count;
        var forms = new string[n];
        var xpos = new string[n];
        var upos = new Upos[n];
        var heads = new int[n];
        var deprels = new string[n];
        for (int i = 0; i < n; i++)
        {
            var w = s.Words[i];
            forms[i] = w.Form;
            xpos[i] = w.Xpos;
            upos[i] = ParseUpos(w.Upos);
            heads[i] = w.Head - 1;
            deprels[i] = w.Deprel;
        }

        return new ParseSentence(forms, xpos, upos, heads, deprels);
    }

    /// <summary>A copy with other tags (e.g. predicted ones), keeping forms and the gold tree.</summary>
    public ParseSentence WithTags(string[] xpos, Upos[] upos) => new(Forms, xpos, upos, Heads, Deprels);

    /// <summary>
    /// Writes the sentence as CoNLL-U words (form, tags, head, label; other columns empty), e.g. to keep
    /// jackknifed training tags so later runs skip training the jackknife taggers.
    /// </summary>
    public void WriteConllu(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        for (int i = 0; i < Length; i++)
        {
            writer.Write(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{i + 1}\t{Forms[i]}\t_\t{Upos[i]}\t{Xpos[i]}\t_\t{Heads[i] + 1}\t{Deprels[i]}\t_\t_\n"));
        }

        writer.Write('\n');
    }

    public static Upos ParseUpos(string value) =>
        Enum.TryParse<Upos>(value, ignoreCase: false, out var upos) && Enum.IsDefined(upos) ? upos : Text.Upos.X;
}

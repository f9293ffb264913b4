using Dossier.Pipeline;

namespace Dossier.Text.Tokenization;

/// <summary>Splits a document's text into tokens (offsets into the original text).</summary>
public sealed class Tokenizer : IComponent
{
    public ComponentInfo Info { get; } = new("tokenizer", Layer.Text, Layer.Tokens);

    public void Process(Doc doc, Workspace workspace)
    {
        var text = doc.Text;
        var start = new List<int>();
        var end = new List<int>();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            int s = i;
            if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) ||
                       ((text[i] == '.' || text[i] == ',' || text[i] == '-') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                    i++;
            }
            else
            {
                i++;
            }

            start.Add(s);
            end.Add(i);
        }

        var flags = new TokenFlags[start.Count];
        for (int t = 0; t < flags.Length; t++)
        {
            if (end[t] < text.Length && !char.IsWhiteSpace(text[end[t]])) flags[t] |= TokenFlags.NoSpaceAfter;
        }

        doc.SetTokens([.. start], [.. end], flags);
    }
}

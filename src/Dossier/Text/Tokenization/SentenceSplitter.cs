using Dossier.Pipeline;

namespace Dossier.Text.Tokenization;

/// <summary>Groups tokens into sentences.</summary>
public sealed class SentenceSplitter : IComponent
{
    public ComponentInfo Info { get; } = new("sentences", Layer.Tokens, Layer.Sentences);

    public void Process(Doc doc, Workspace workspace)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        int s = 0;
        for (int t = 0; t < doc.Count; t++)
        {
            char c = doc.Text[doc.Start[t]];
            bool last = t == doc.Count - 1;
            if (last || c is '.' or '!' or '?')
            {
                starts.Add(s);
                ends.Add(t + 1);
                s = t + 1;
            }
        }

        doc.SetSentences([.. starts], [.. ends]);
    }
}

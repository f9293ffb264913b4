namespace Dossier.Nlp.Entities;

/// <summary>
/// Per-document working state of the recogniser, reused from one document to the next by one worker:
/// per-token hashes and flags computed once, document casing statistics, and the history of labels
/// already given to each word earlier in the document.
/// </summary>
internal sealed class NerScratch
{
    /// <summary>The document being processed (set by Prepare).</summary>
    public NerText? CurrentText;

    public ulong[] Word = [];
    public ulong[] Lower = [];
    public ulong[] Shape = [];
    public ulong[] ShortShape = [];
    public int[] Cluster = [];
    public byte[] Casing = [];
    public bool[] Headline = [];
    public ushort[] Gazetteer = [];
    public int[] Labels = [];

    /// <summary>Per lower-cased word: bit 1 = seen lower-case mid-sentence, bit 2 = seen capitalised mid-sentence.</summary>
    public readonly Dictionary<ulong, byte> DocCasing = [];

    /// <summary>Per lower-cased word: bit (type * 4 + part) set when an earlier sentence labelled it so.</summary>
    public readonly Dictionary<ulong, ushort> History = [];

    public ulong[] Features = new ulong[4096];
    public int[] FeatureStart = [];
    public float[] Emission = [];
    public float[] Transition = new float[(EntityLabels.Count + 1) * EntityLabels.Count];
    public float[] Best = [];
    public int[] Back = [];

    public void Reset(int tokens)
    {
        if (Word.Length < tokens)
        {
            int n = Math.Max(tokens, Word.Length * 2);
            Word = new ulong[n];
            Lower = new ulong[n];
            Shape = new ulong[n];
            ShortShape = new ulong[n];
            Cluster = new int[n];
            Casing = new byte[n];
            Headline = new bool[n];
            Gazetteer = new ushort[n];
            Labels = new int[n];
        }

        DocCasing.Clear();
        History.Clear();
    }

    /// <summary>Makes room for a sentence of <paramref name="length"/> tokens in the decoding buffers.</summary>
    public void ReserveSentence(int length)
    {
        if (FeatureStart.Length < length + 1)
        {
            int n = Math.Max(length + 1, FeatureStart.Length * 2);
            FeatureStart = new int[n];
            Emission = new float[n * EntityLabels.Count];
            Best = new float[n * EntityLabels.Count];
            Back = new int[n * EntityLabels.Count];
        }
    }
}

namespace Dossier.Nlp.Lemmatization;

/// <summary>Per-worker character buffers for lowercasing a form and building its lemma without allocating.</summary>
internal sealed class LemmatizerScratch
{
    public char[] Lower { get; private set; } = new char[64];

    public char[] Lemma { get; private set; } = new char[128];

    public void Ensure(int formLength)
    {
        if (Lower.Length < formLength) Lower = new char[formLength * 2];
        if (Lemma.Length < (2 * formLength) + 128) Lemma = new char[(2 * formLength) + 128];
    }
}

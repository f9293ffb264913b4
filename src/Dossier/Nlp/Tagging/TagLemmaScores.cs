namespace Dossier.Nlp.Tagging;

/// <summary>UPOS, XPOS and lemma accuracy (percent) of the tagger and lemmatizer on gold tokens, and their speed.</summary>
/// <param name="Seconds">Wall-clock time of tagging + lemmatizing (one thread; reading the file excluded).</param>
/// <param name="CpuSeconds">Processor time the process used meanwhile: the fairer figure on a busy machine.</param>
public sealed record TagLemmaScores(long Words, double Upos, double Xpos, double Lemma, double Seconds, double CpuSeconds)
{
    public double WordsPerSecond => Seconds > 0 ? Words / Seconds : 0;

    public double WordsPerCpuSecond => CpuSeconds > 0 ? Words / CpuSeconds : 0;
}

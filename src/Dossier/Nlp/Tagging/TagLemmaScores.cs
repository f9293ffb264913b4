namespace Dossier.Nlp.Tagging;

/// <summary>UPOS, XPOS and lemma accuracy (percent) of the tagger and lemmatizer on gold tokens, and their speed.</summary>
public sealed record TagLemmaScores(long Words, double Upos, double Xpos, double Lemma, double Seconds)
{
    /// <summary>Words per second through tagger + lemmatizer on one thread (reading the file excluded).</summary>
    public double WordsPerSecond => Seconds > 0 ? Words / Seconds : 0;
}

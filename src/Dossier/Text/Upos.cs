namespace Dossier.Text;

/// <summary>Universal POS tags (UD v2). Values are stable: they are written into model files.</summary>
public enum Upos : byte
{
    X = 0,
    ADJ = 1,
    ADP = 2,
    ADV = 3,
    AUX = 4,
    CCONJ = 5,
    DET = 6,
    INTJ = 7,
    NOUN = 8,
    NUM = 9,
    PART = 10,
    PRON = 11,
    PROPN = 12,
    PUNCT = 13,
    SCONJ = 14,
    SYM = 15,
    VERB = 16,
}

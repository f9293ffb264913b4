namespace Dossier.Extraction.Numbers;

/// <summary>How a number word combines with its neighbours (column 3 of lexicon/time/numbers.tsv).</summary>
internal enum NumberWordRole : byte
{
    Unit = 1,
    Tens = 2,
    Scale = 3,
    Article = 4,
    Vague = 5,
    VagueScale = 6,
}

namespace Dossier.Extraction.Claims.Evaluation;

/// <summary>Correct out of total for one attribute of matched items.</summary>
public sealed class Accuracy
{
    public int Correct { get; set; }
    public int Total { get; set; }

    public double Value => Total == 0 ? 0 : (double)Correct / Total;

    public void Add(bool correct)
    {
        Total++;
        if (correct) Correct++;
    }
}

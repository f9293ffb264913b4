namespace Dossier.Nlp.Entities;

/// <summary>
/// What the recogniser reads: one text buffer, token offsets into it and sentence token ranges. A pipeline
/// document and a CoNLL training document both present themselves this way, so training and run time
/// share every line of feature code.
/// </summary>
internal sealed class NerText(string text, int[] start, int[] end, int[] sentStart, int[] sentEnd)
{
    public string Text { get; } = text;

    public int[] Start { get; } = start;

    public int[] End { get; } = end;

    public int[] SentStart { get; } = sentStart;

    public int[] SentEnd { get; } = sentEnd;

    public int Count => Start.Length;

    public ReadOnlySpan<char> Token(int i) => Text.AsSpan(Start[i], End[i] - Start[i]);
}

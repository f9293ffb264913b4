namespace Dossier.Extraction.Numbers;

/// <summary>One entry of the number-word lexicon: its value and how it combines.</summary>
internal readonly record struct NumberWord(double Value, NumberWordRole Role);

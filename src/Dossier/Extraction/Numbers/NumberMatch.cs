namespace Dossier.Extraction.Numbers;

/// <summary>
/// A number read from tokens [Start, End): its value, whether it was vague ("dozens", "a few"), whether it was
/// written in digits, and the character offset where the number itself ends (a token may go on: "56-year-old").
/// </summary>
internal readonly record struct NumberMatch(int Start, int End, double Value, bool Vague, bool Digits, int CharEnd);

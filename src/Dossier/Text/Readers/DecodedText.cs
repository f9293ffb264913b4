namespace Dossier.Text.Readers;

/// <summary>Text decoded from bytes, and the name of the encoding it was read as (e.g. "utf-8", "windows-1252").</summary>
internal readonly record struct DecodedText(string Text, string Encoding);

namespace Dossier.Extraction.Time;

/// <summary>A relative expression from lexicon/time/relative.tsv: shift the document date by Offset Units.</summary>
internal sealed record RelativeTime(string Type, string Unit, int Offset, string? Reference, string? PartOfDay);

namespace Dossier.Web.Api;

/// <summary>JSON body of POST /api/analyze: the article text and what is known about it.</summary>
public sealed record AnalyzeInput(string? Text, string? Title, string? Date, string? Url);

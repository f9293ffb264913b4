namespace Dossier.Web.Api;

/// <summary>One page of a list; <see cref="NextOffset"/> is null on the last page.</summary>
public sealed record PageOut<T>(IReadOnlyList<T> Items, int Limit, int Offset, int? NextOffset);

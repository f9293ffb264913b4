namespace Dossier.Web.Api;

/// <summary>GET /api/search: documents whose text matches (a page), and actors whose name contains the query.</summary>
public sealed record SearchOut(string Query, PageOut<DocumentRowOut> Documents, IReadOnlyList<ActorOut> Actors);

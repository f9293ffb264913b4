using Microsoft.AspNetCore.Http.HttpResults;

namespace Dossier.Web.Api;

/// <summary>RFC 7807 problem responses for the API's own error cases, each with a stable type URI.</summary>
public static class Problems
{
    private const string TypeBase = "https://dossier.example/problems/";

    public static IResult BadRequest(string detail) => Make(400, "bad-request", "The request is not valid", detail);

    public static IResult Unauthorized(string detail) => Make(401, "unauthorized", "An API key is required", detail);

    public static IResult Forbidden(string detail) => Make(403, "read-only", "This server is read-only", detail);

    public static IResult NotFound(string detail) => Make(404, "not-found", "Not found", detail);

    public static IResult TooLarge(string detail) => Make(413, "too-large", "The request body is too large", detail);

    public static IResult UnsupportedMediaType(string detail) =>
        Make(415, "unsupported-media-type", "Unsupported content type", detail);

    public static IResult Unavailable(string detail) => Make(503, "unavailable", "Analysis is unavailable", detail);

    private static ProblemHttpResult Make(int status, string slug, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: TypeBase + slug);
}

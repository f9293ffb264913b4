using System.Globalization;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using Dossier.Corpus;
using Dossier.Serialization;
using Dossier.Text;
using Dossier.Text.Readers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace Dossier.Web.Api;

/// <summary>POST /api/analyze: one article in (JSON, plain text or HTML), its dossier/1 record out; nothing stored.</summary>
public static class AnalyzeEndpoints
{
    private const int MaxTitleChars = 1000;
    private const int MaxUrlChars = 2048;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/analyze", AnalyzeAsync)
            .WithName("Analyze")
            .WithSummary("Analyse one article without storing it.")
            .WithDescription(
                "Body: JSON {text, title?, date?, url?}, or the article as text/plain or text/html (then title, " +
                "date and url may be given as query parameters). date is YYYY-MM-DD; url must be http(s). " +
                "tokens=true adds the token table.")
            .AddOpenApiOperationTransformer(DescribeBodyAsync)
            .Produces<DossierOutput>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>
    /// Documents the three accepted bodies. (Accepts metadata would also make routing reject other media
    /// types before the handler, losing the problem-details 415 it gives.)
    /// </summary>
    private static async Task DescribeBodyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var json = await context.GetOrCreateSchemaAsync(typeof(AnalyzeInput), null, ct).ConfigureAwait(false);
        var text = new OpenApiSchema { Type = JsonSchemaType.String, Description = "the article; title, date and url as query parameters" };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["application/json"] = new() { Schema = json },
                ["text/plain"] = new() { Schema = text },
                ["text/html"] = new() { Schema = text },
            },
        };
    }

    private static async Task<IResult> AnalyzeAsync(
        HttpContext context, AnalysisService analysis, WebOptions options,
        bool? tokens, string? title, string? date, string? url, CancellationToken ct)
    {
        var body = await RequestBody.ReadAsync(context, options.MaxRequestBytes, ct).ConfigureAwait(false);
        if (body.Error is not null) return body.Error;

        var parsed = ParseSource(context.Request.ContentType, body.Bytes!, new AnalyzeInput(null, title, date, url), options);
        if (parsed.Error is not null) return parsed.Error;

        var output = analysis.Analyze(parsed.Source!, tokens ?? false, out var error);
        if (output is null) return Problems.Unavailable(error ?? "the pipeline is not available");
        return Results.Text(DossierJson.Serialize(output, indented: false), "application/json; charset=utf-8", Encoding.UTF8);
    }

    internal readonly record struct Parsed(SourceDocument? Source, IResult? Error);

    /// <summary>Turns a request body of any accepted media type into a source document, or a problem.</summary>
    internal static Parsed ParseSource(string? contentType, byte[] bytes, AnalyzeInput query, WebOptions options)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.MediaType.Value is not { } type)
            return new(null, Problems.UnsupportedMediaType("send application/json, text/plain or text/html"));
        if (media.Charset.HasValue && !IsUtf8(media.Charset.Value!))
            return new(null, Problems.UnsupportedMediaType($"charset '{media.Charset}' is not supported; send UTF-8"));

        if (type.Equals("application/json", StringComparison.OrdinalIgnoreCase))
            return FromJson(bytes, options);
        if (type.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
            return FromReader(bytes, "document.txt", query, options);
        if (type.Equals("text/html", StringComparison.OrdinalIgnoreCase))
            return FromReader(bytes, "document.html", query, options);
        return new(null, Problems.UnsupportedMediaType($"'{type}' is not accepted; send application/json, text/plain or text/html"));
    }

    private static bool IsUtf8(string charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
        || charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase);

    private static Parsed FromJson(byte[] bytes, WebOptions options)
    {
        AnalyzeInput? input;
        try
        {
            input = JsonSerializer.Deserialize(bytes, WebJsonContext.Default.AnalyzeInput);
        }
        catch (JsonException ex)
        {
            return new(null, Problems.BadRequest($"the body is not valid JSON: {ex.Message}"));
        }

        if (input is null) return new(null, Problems.BadRequest("the body is JSON null; send {\"text\": \"...\"}"));
        if (string.IsNullOrWhiteSpace(input.Text)) return new(null, Problems.BadRequest("'text' is required and must not be empty"));
        // The text goes through the plain-text reader too, so boilerplate and headline are found as for a text body.
        return FromReader(Encoding.UTF8.GetBytes(input.Text), "document.txt", input, options);
    }

    /// <summary>
    /// Reads a text or HTML body through the corpus's reader seam (<see cref="ReaderAdapter"/>), the one place
    /// that calls the document readers, so HTML here is read exactly as <c>dossier ingest</c> reads it.
    /// </summary>
    private static Parsed FromReader(byte[] bytes, string name, AnalyzeInput query, WebOptions options)
    {
        if (bytes.Length == 0) return new(null, Problems.BadRequest("the body is empty"));
        var item = ReaderAdapter.Read(bytes, name, sourcePath: name, hints: null).FirstOrDefault();
        if (item is null) return new(null, Problems.BadRequest("the body holds no document"));
        if (item.Document is not { } source) return new(null, Problems.BadRequest(item.FailureReason ?? "the body cannot be read"));
        if (string.IsNullOrWhiteSpace(source.Text)) return new(null, Problems.BadRequest("the body holds no text to analyse"));
        source = source with { Info = source.Info with { Id = IdOf(source.Text), SourcePath = null } };
        return Finish(source, query, options);
    }

    /// <summary>Checks the metadata and the size, then applies what the request states over what the reader found.</summary>
    private static Parsed Finish(SourceDocument source, AnalyzeInput meta, WebOptions options)
    {
        if (source.Text.Length > options.MaxDocumentChars)
            return new(null, Problems.TooLarge($"the text has {source.Text.Length} characters; the limit is {options.MaxDocumentChars}"));

        var info = source.Info;
        if (meta.Title is { } title)
        {
            if (title.Length > MaxTitleChars) return new(null, Problems.BadRequest($"'title' is longer than {MaxTitleChars} characters"));
            info = info with { Title = title.Length == 0 ? null : title };
        }

        if (!string.IsNullOrEmpty(meta.Date))
        {
            if (!DateOnly.TryParseExact(meta.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return new(null, Problems.BadRequest($"'date' must be a date in the form YYYY-MM-DD, not '{meta.Date}'"));
            info = info with { Date = d };
        }

        if (!string.IsNullOrEmpty(meta.Url))
        {
            if (meta.Url.Length > MaxUrlChars
                || !Uri.TryCreate(meta.Url, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                return new(null, Problems.BadRequest("'url' must be an absolute http or https URL"));
            info = info with { Url = uri.AbsoluteUri };
        }

        return new(source with { Info = info }, null);
    }

    /// <summary>A stable id from the content, so the same article always gets the same id.</summary>
    internal static string IdOf(string text) =>
        "doc-" + XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(text)).ToString("x16", CultureInfo.InvariantCulture);
}

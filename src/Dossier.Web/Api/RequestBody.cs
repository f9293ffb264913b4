using Microsoft.AspNetCore.Http.Features;

namespace Dossier.Web.Api;

/// <summary>
/// Reads a request body with a hard cap. The cap is checked here as well as by Kestrel, so it holds under any
/// server (and in tests) and a too-large body is a 413 problem rather than a dropped connection.
/// </summary>
internal static class RequestBody
{
    public readonly record struct Result(byte[]? Bytes, IResult? Error);

    public static async Task<Result> ReadAsync(HttpContext context, long maxBytes, CancellationToken ct)
    {
        var request = context.Request;
        if (request.ContentLength is { } declared && declared > maxBytes)
            return new(null, TooLarge(maxBytes));

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = maxBytes;

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes) return new(null, TooLarge(maxBytes));
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new(null, TooLarge(maxBytes));
        }

        return new(buffer.ToArray(), null);
    }

    private static IResult TooLarge(long maxBytes) =>
        Problems.TooLarge($"the body exceeds the limit of {maxBytes} bytes");
}

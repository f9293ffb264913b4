using System.Collections.Frozen;
using System.IO.Hashing;
using System.Reflection;
using Microsoft.AspNetCore.StaticFiles;

namespace Dossier.Web.Hosting;

/// <summary>
/// Serves the UI (wwwroot, embedded in this assembly at build time) from memory: no files on disk, no CDN,
/// works offline from any install. Each file gets a content-hash ETag.
/// </summary>
public sealed class EmbeddedUi
{
    private const string Prefix = "wwwroot/";

    private readonly FrozenDictionary<string, Asset> _assets;

    public EmbeddedUi()
    {
        var types = new FileExtensionContentTypeProvider();
        var assembly = typeof(EmbeddedUi).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal)) continue;
            var bytes = ReadResource(assembly, name);
            var path = "/" + name[Prefix.Length..].Replace('\\', '/');
            var type = types.TryGetContentType(path, out var t) ? t : "application/octet-stream";
            if (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal))
                type += "; charset=utf-8";
            var etag = "\"" + Convert.ToHexStringLower(XxHash3.Hash(bytes)) + "\"";
            assets[path] = new Asset(bytes, type, etag);
        }

        _assets = assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IEnumerable<string> Paths => _assets.Keys;

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context) => Serve(context, "/index.html")).ExcludeFromDescription();
        app.MapGet("/{**path}", (HttpContext context, string path) => Serve(context, "/" + path)).ExcludeFromDescription();
    }

    private IResult Serve(HttpContext context, string path)
    {
        if (!_assets.TryGetValue(path, out var asset)) return Results.NotFound();
        context.Response.Headers.ETag = asset.ETag;
        context.Response.Headers.CacheControl = "no-cache";
        if (context.Request.Headers.IfNoneMatch == asset.ETag) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(asset.Content, asset.ContentType);
    }

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private sealed record Asset(byte[] Content, string ContentType, string ETag);
}

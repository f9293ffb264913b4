using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dossier.Corpus;
using Dossier.Serialization;
using Dossier.Store;

namespace Dossier.Web.Api;

/// <summary>
/// The corpus API over the store given by --db: list, read and ingest documents; query events and actors;
/// search. Reads are open; ingest needs --allow-writes and, when one is configured, the API key.
/// </summary>
public static class CorpusEndpoints
{
    public const string ApiKeyHeader = "X-Api-Key";
    private const int MaxQueryChars = 500;
    private const int MaxActorEvents = 2000;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Corpus");
        api.MapGet("/documents", ListDocuments)
            .WithName("ListDocuments").WithSummary("Stored documents, a page at a time (q = full-text query; from/to = YYYY-MM-DD; status = ok|failed).")
            .Produces<PageOut<DocumentRowOut>>().ProducesProblem(400).ProducesProblem(404);
        api.MapGet("/documents/{key:long}", GetDocument)
            .WithName("GetDocument").WithSummary("One stored document's dossier/1 record.")
            .Produces<DossierOutput>(200, "application/json").ProducesProblem(404);
        api.MapPost("/documents", IngestAsync)
            .WithName("IngestDocument")
            .WithSummary("Analyse and store one article (same bodies as /api/analyze). Needs --allow-writes, and the X-Api-Key header when a key is set.")
            .Produces<IngestOut>(201).Produces<IngestOut>(200)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(413).ProducesProblem(415);
        api.MapGet("/events", ListEvents)
            .WithName("ListEvents")
            .WithSummary("Stored events: actor (name contains), type (PLOVER type or CAMEO prefix), country, from/to (YYYY-MM-DD), q (full text).")
            .Produces<PageOut<EventRowOut>>().ProducesProblem(400).ProducesProblem(404);
        api.MapGet("/actors", ListActors)
            .WithName("ListActors").WithSummary("Actors across the corpus, most documents first (q = name contains, type = exact).")
            .Produces<PageOut<ActorOut>>().ProducesProblem(400).ProducesProblem(404);
        api.MapGet("/actors/{id}", GetActor)
            .WithName("GetActor").WithSummary("One corpus actor (numeric id) with its events, a per-day timeline and the actors it acts on / is acted on by.")
            .Produces<ActorDetailOut>().ProducesProblem(404);
        api.MapGet("/search", Search)
            .WithName("Search").WithSummary("Documents matching a full-text query, and actors whose name contains it.")
            .Produces<SearchOut>().ProducesProblem(400).ProducesProblem(404);
    }

    private static IResult NoStore() =>
        Problems.NotFound("this server has no corpus database; start it with --db <file or connection string>");

    private static IResult ListDocuments(CorpusService corpus, WebOptions options,
        string? q, string? from, string? to, string? status, string? limit, string? offset)
    {
        if (corpus.Store is not { } store) return NoStore();
        if (!Paging.TryParse(limit, offset, options, out var paging, out var error)) return error!;
        if (Check(q, from, to) is { } bad) return bad;
        if (status is not null && status != "ok" && status != "failed") return Problems.BadRequest("'status' must be ok or failed");
        var rows = store.Documents(new DocumentFilter(Blank(q), from, to, status, paging.Fetch)).Select(DocumentRowOut.From);
        return TypedResults.Ok(paging.Page(rows));
    }

    private static IResult GetDocument(CorpusService corpus, long key)
    {
        if (corpus.Store is not { } store) return NoStore();
        var record = store.Load(key);
        if (record is null) return Problems.NotFound($"no analysed document has key {key}");
        return Results.Text(DossierJson.Serialize(record, indented: false), "application/json; charset=utf-8", Encoding.UTF8);
    }

    private static async Task<IResult> IngestAsync(HttpContext context, CorpusService corpus, AnalysisService analysis,
        WebOptions options, string? title, string? date, string? url, CancellationToken ct)
    {
        if (corpus.Store is not { } store) return NoStore();
        if (!options.AllowWrites) return Problems.Forbidden("writes are disabled; start the server with --allow-writes to ingest");
        if (!string.IsNullOrEmpty(options.ApiKey) && !KeyMatches(context.Request.Headers[ApiKeyHeader].ToString(), options.ApiKey))
            return Problems.Unauthorized($"send the server's API key in the {ApiKeyHeader} header");

        var body = await RequestBody.ReadAsync(context, options.MaxRequestBytes, ct).ConfigureAwait(false);
        if (body.Error is not null) return body.Error;
        var parsed = AnalyzeEndpoints.ParseSource(context.Request.ContentType, body.Bytes!, new AnalyzeInput(null, title, date, url), options);
        if (parsed.Error is not null) return parsed.Error;
        var source = parsed.Source!;

        var hash = ContentHash.Of(source.Info.Url, source.Text);
        if (store.KeyOf(hash) is { } existing)
            return TypedResults.Ok(new IngestOut("already_stored", existing, source.Info.Id, hash, null));

        var output = analysis.Analyze(source, includeTokens: false, out var unavailable);
        if (output is null) return Problems.Unavailable(unavailable ?? "the pipeline is not available");
        store.Write([StoredDocument.Analysed(hash, output, sourcePath: null, SimHash.Compute(source.Text))]);
        var key = store.KeyOf(hash);
        return TypedResults.Created($"/api/documents/{key}", new IngestOut("stored", key, source.Info.Id, hash, null));
    }

    /// <summary>Compares in constant time, so response timing does not leak how much of a guessed key was right.</summary>
    private static bool KeyMatches(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static IResult ListEvents(CorpusService corpus, WebOptions options,
        string? actor, string? type, string? country, string? from, string? to, string? q, string? limit, string? offset)
    {
        if (corpus.Store is not { } store) return NoStore();
        if (!Paging.TryParse(limit, offset, options, out var paging, out var error)) return error!;
        if (Check(q, from, to) is { } bad) return bad;
        if ((TooLong(actor, "actor") ?? TooLong(type, "type") ?? TooLong(country, "country")) is { } tooLong) return tooLong;
        var filter = new EventFilter(Blank(actor), Blank(type), Blank(country), from, to, Blank(q), paging.Fetch);
        return TypedResults.Ok(paging.Page(store.Events(filter).Select(EventRowOut.From)));
    }

    private static IResult ListActors(CorpusService corpus, WebOptions options, string? q, string? type, string? limit, string? offset)
    {
        if (corpus.Store is not { } store) return NoStore();
        if (!Paging.TryParse(limit, offset, options, out var paging, out var error)) return error!;
        if ((TooLong(q, "q") ?? TooLong(type, "type")) is { } tooLong) return tooLong;
        var rows = store.Actors(new ActorFilter(Blank(q), Blank(type), paging.Fetch)).Select(ToOut);
        return TypedResults.Ok(paging.Page(rows));
    }

    private static ActorOut ToOut(ActorRow a) =>
        new(a.Id.ToString(CultureInfo.InvariantCulture), a.Name, a.Type, a.Documents, a.Mentions, a.Events, a.Country, a.Code, a.Names);

    private static IResult GetActor(CorpusService corpus, string id)
    {
        if (corpus.Store is not { } store) return NoStore();
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var actorId))
            return Problems.NotFound($"'{id}' is not an actor id: ids are numbers, as GET /api/actors lists them");
        var rows = store.Actors(new ActorFilter(Id: actorId));
        if (rows.Count == 0) return Problems.NotFound($"no actor {actorId} is stored");
        var row = rows[0];

        // Every event of the corpus actor, whatever name a document gave it.
        var events = new List<ActorEventOut>();
        bool truncated = false;
        foreach (var e in store.Events(new EventFilter(ActorId: actorId)))
        {
            bool source = e.SourceActorId == actorId, target = e.TargetActorId == actorId;
            if (events.Count == MaxActorEvents)
            {
                truncated = true;
                break;
            }

            events.Add(new ActorEventOut(source && target ? "both" : source ? "source" : "target", EventRowOut.From(e)));
        }

        var timeline = events.Where(e => e.Event.Date is not null)
            .GroupBy(e => e.Event.Date!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DayCountOut(g.Key, g.Count())).ToList();
        var actsOn = Counterparts(events.Where(e => e.Role != "target").Select(e => (e.Event.TargetName, e.Event.Type)));
        var actedOnBy = Counterparts(events.Where(e => e.Role != "source").Select(e => (e.Event.SourceName, e.Event.Type)));
        return TypedResults.Ok(new ActorDetailOut(ToOut(row), events, truncated, timeline, actsOn, actedOnBy));
    }

    private static List<CounterpartOut> Counterparts(IEnumerable<(string? Name, string Type)> links) =>
        [.. links.Where(l => l.Name is not null)
            .GroupBy(l => l.Name!, StringComparer.Ordinal)
            .Select(g => new CounterpartOut(g.Key, g.Count(), [.. g.GroupBy(l => l.Type, StringComparer.Ordinal)
                .OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new TypeCountOut(t.Key, t.Count()))]))
            .OrderByDescending(c => c.Events).ThenBy(c => c.Name, StringComparer.Ordinal)];

    private static IResult Search(CorpusService corpus, WebOptions options, string? q, string? limit, string? offset)
    {
        if (corpus.Store is not { } store) return NoStore();
        if (string.IsNullOrWhiteSpace(q)) return Problems.BadRequest("'q' is required");
        if (!Paging.TryParse(limit, offset, options, out var paging, out var error)) return error!;
        if (Check(q, null, null) is { } bad) return bad;
        var documents = paging.Page(store.Documents(new DocumentFilter(q, Limit: paging.Fetch)).Select(DocumentRowOut.From));
        var actors = store.Actors(new ActorFilter(q.Trim(), Limit: 20)).Select(ToOut).ToList();
        return TypedResults.Ok(new SearchOut(q, documents, actors));
    }

    private static IResult? Check(string? q, string? from, string? to)
    {
        if (TooLong(q, "q") is { } tooLong) return tooLong;
        foreach (var (value, name) in new[] { (from, "from"), (to, "to") })
        {
            if (value is not null && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                return Problems.BadRequest($"'{name}' must be a date in the form YYYY-MM-DD");
        }

        return null;
    }

    private static IResult? TooLong(string? value, string name) =>
        value is { Length: > MaxQueryChars } ? Problems.BadRequest($"'{name}' is longer than {MaxQueryChars} characters") : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using System.Diagnostics;
using System.Threading.Channels;
using Dossier.Pipeline;
using Dossier.Serialization;
using Dossier.Store;

namespace Dossier.Corpus;

/// <summary>
/// Streams documents into a store: read (one task) → analyse (N workers) → write (one task, a transaction per
/// batch). Bounded channels keep memory flat however large the input. Documents already stored (by content
/// hash) are skipped before analysis, so a re-run after a crash or a kill only does what is missing; every
/// failure is stored with its reason.
/// </summary>
internal sealed class Ingestor(IStore store, Pipeline.Pipeline pipeline, IngestOptions options)
{
    private long _read, _skipped, _stored, _failed, _duplicates, _joined;
    private long _analyseTicks, _writeTicks, _lookupTicks;
    private readonly Stopwatch _clock = new();

    public async Task<IngestProgress> RunAsync(
        IEnumerable<SourceItem> sources, Action<IngestProgress>? progress = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        int workers = Math.Max(1, options.Workers);
        var toAnalyse = Channel.CreateBounded<(SourceItem Item, string Hash)>(
            new BoundedChannelOptions(workers * 4) { SingleWriter = true });
        var toWrite = Channel.CreateBounded<StoredDocument>(
            new BoundedChannelOptions(Math.Max(options.BatchSize, 1) * 2) { SingleReader = true });
        _clock.Restart();

        var reader = Task.Run(() => ReadAsync(sources, toAnalyse.Writer, cancel), CancellationToken.None);
        var analysers = Enumerable.Range(0, workers)
            .Select(_ => Task.Run(() => AnalyseAsync(toAnalyse.Reader, toWrite.Writer), CancellationToken.None))
            .ToArray();
        var completion = Task.WhenAll(analysers).ContinueWith(
            t => toWrite.Writer.TryComplete(t.Exception), TaskScheduler.Default);
        var writer = Task.Run(async () =>
        {
            try
            {
                await WriteAsync(toWrite.Reader, progress).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                // Unblock the reader and the analysers: their next channel write fails and they stop.
                toAnalyse.Writer.TryComplete(ex);
                toWrite.Writer.TryComplete(ex);
                throw;
            }
        }, CancellationToken.None);

        try
        {
            await Task.WhenAll(reader, writer, completion).ConfigureAwait(false);
        }
        catch (Exception) when (writer.Exception?.InnerException is { } storeFailure)
        {
            // The reader and analysers then fail only because the writer closed their channels: report the cause.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(storeFailure);
        }
        finally
        {
            // A failed writer must not leave the reader and analysers blocked on full channels.
            toAnalyse.Writer.TryComplete();
            toWrite.Writer.TryComplete();
        }

        var result = Snapshot() with { Cancelled = cancel.IsCancellationRequested };
        progress?.Invoke(result);
        return result;
    }

    private IngestProgress Snapshot() => new(
        Interlocked.Read(ref _read), Interlocked.Read(ref _skipped), Interlocked.Read(ref _stored),
        Interlocked.Read(ref _failed), Interlocked.Read(ref _duplicates), Interlocked.Read(ref _joined), _clock.Elapsed)
    {
        AnalyseTime = Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _analyseTicks)),
        WriteTime = Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _writeTicks)),
        LookupTime = Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _lookupTicks)),
    };

    /// <summary>Inputs whose hashes are looked up in the store together: one round trip per chunk, not per document.</summary>
    private const int LookupChunk = 32;

    private async Task ReadAsync(IEnumerable<SourceItem> sources, ChannelWriter<(SourceItem, string)> output, CancellationToken cancel)
    {
        var pending = new List<(SourceItem Item, string Hash)>(LookupChunk);
        try
        {
            foreach (var item in sources)
            {
                if (cancel.IsCancellationRequested || (options.Limit is { } limit && _read >= limit)) break;
                Interlocked.Increment(ref _read);
                var hash = item.Document is { } d
                    ? ContentHash.Of(d.Info.Url, d.Text)
                    : ContentHash.OfUnreadable(item.SourcePath, item.FailureReason ?? "");
                pending.Add((item, hash));
                if (pending.Count == LookupChunk) await ForwardNewAsync(pending, output, cancel).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The source gave up on cancellation (e.g. a download): an interruption, not a failure.
        }
        catch (Exception ex)
        {
            output.TryComplete(ex);
            throw;
        }

        try
        {
            await ForwardNewAsync(pending, output, cancel).ConfigureAwait(false);
            output.TryComplete();
        }
        catch (Exception ex)
        {
            output.TryComplete(ex);
            throw;
        }
    }

    /// <summary>Passes on the inputs the store does not hold yet; counts the others as skipped.</summary>
    private async Task ForwardNewAsync(
        List<(SourceItem Item, string Hash)> pending, ChannelWriter<(SourceItem, string)> output, CancellationToken cancel)
    {
        if (pending.Count == 0) return;
        long start = Stopwatch.GetTimestamp();
        var stored = store.StoredHashes([.. pending.Select(p => p.Hash)]);
        Interlocked.Add(ref _lookupTicks, Stopwatch.GetTimestamp() - start);
        foreach (var entry in pending)
        {
            if (stored.Contains(entry.Hash))
            {
                Interlocked.Increment(ref _skipped);
                continue;
            }

            // Once cancelled, nothing more is queued (a re-run picks it up); what is queued is still written.
            if (cancel.IsCancellationRequested) break;
            await output.WriteAsync(entry, CancellationToken.None).ConfigureAwait(false);
        }

        pending.Clear();
    }

    private async Task AnalyseAsync(ChannelReader<(SourceItem Item, string Hash)> input, ChannelWriter<StoredDocument> output)
    {
        await foreach (var (item, hash) in input.ReadAllAsync().ConfigureAwait(false))
        {
            long start = Stopwatch.GetTimestamp();
            var analysed = Analyse(item, hash);
            Interlocked.Add(ref _analyseTicks, Stopwatch.GetTimestamp() - start);
            await output.WriteAsync(analysed).ConfigureAwait(false);
        }
    }

    private StoredDocument Analyse(SourceItem item, string hash)
    {
        if (item.Document is not { } source)
        {
            return StoredDocument.Failure(hash, item.FailedId ?? Path.GetFileNameWithoutExtension(item.SourcePath),
                item.SourcePath, item.FailureReason ?? "unreadable");
        }

        try
        {
            var doc = pipeline.Process(source.ToDoc());
            var output = OutputBuilder.Build(doc, includeTokens: false);
            return StoredDocument.Analysed(hash, output, item.SourcePath, SimHash.Compute(ContentOnly(source)));
        }
        catch (PipelineException ex)
        {
            var info = source.Info;
            return StoredDocument.Failure(hash, info.Id, item.SourcePath, ex.Message, source.Text, info.Title, info.Url,
                info.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The text with boilerplate blanked out, so page furniture does not make unrelated pages look alike.</summary>
    private static string ContentOnly(Text.Readers.SourceDocument source)
    {
        if (source.Boilerplate.Count == 0) return source.Text;
        var chars = source.Text.ToCharArray();
        foreach (var range in source.Boilerplate)
            chars.AsSpan(range.Start, Math.Min(range.End, chars.Length) - range.Start).Fill(' ');
        return new string(chars);
    }

    private async Task WriteAsync(ChannelReader<StoredDocument> input, Action<IngestProgress>? progress)
    {
        var batch = new List<StoredDocument>(options.BatchSize);
        while (await input.WaitToReadAsync().ConfigureAwait(false))
        {
            var deadline = Stopwatch.StartNew();
            while (batch.Count < options.BatchSize)
            {
                if (input.TryRead(out var doc))
                {
                    batch.Add(doc);
                    continue;
                }

                var remaining = options.MaxBatchDelay - deadline.Elapsed;
                if (remaining <= TimeSpan.Zero) break;
                var more = input.WaitToReadAsync().AsTask();
                if (await Task.WhenAny(more, Task.Delay(remaining)).ConfigureAwait(false) != more || !await more.ConfigureAwait(false))
                    break;
            }

            Flush(batch);
            progress?.Invoke(Snapshot());
        }

        Flush(batch);
    }

    private void Flush(List<StoredDocument> batch)
    {
        if (batch.Count == 0) return;
        long start = Stopwatch.GetTimestamp();
        var result = store.Write(batch);
        Interlocked.Add(ref _writeTicks, Stopwatch.GetTimestamp() - start);
        Interlocked.Add(ref _stored, result.Inserted);
        Interlocked.Add(ref _failed, result.Failed);
        Interlocked.Add(ref _duplicates, result.AlreadyStored);
        Interlocked.Add(ref _joined, result.JoinedStories);
        batch.Clear();
    }
}

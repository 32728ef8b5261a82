using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Data;
using Portal.Abstractions.Modules;
using Portal.Search.Contracts;
using Portal.Search.Data;
using Portal.Search.Models;

namespace Portal.Search.Indexing;

/// <summary>
/// Brings this node's indexes up to date: rebuilds a copy that is missing, of an older generation or analysis,
/// or behind the part of the log already pruned; then applies the log past the copy's checkpoint in batches
/// (fetch each changed document from its source, write, commit, advance the checkpoint).
/// </summary>
internal sealed class SearchIndexer(
    SearchDbContext db,
    IEnumerable<ISearchSource> sources,
    IFeatureState features,
    NodeIndexes node,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<SearchIndexer> logger)
{
    public const int BatchSize = 500;

    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    private IReadOnlyList<ISearchSource> Sources => features.Enabled(sources).ToList();

    /// <summary>One pass over every index defined; a failing index is reported and does not stop the others.</summary>
    public async Task SyncAllAsync(CancellationToken cancellationToken)
    {
        node.DisposeRetired();
        var definitions = await db.Indexes.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var gone in node.OpenNames.Except(definitions.Select(d => d.Name)))
            node.Drop(gone);

        foreach (var definition in definitions)
        {
            try
            {
                await SyncAsync(definition, progress: null, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Search index {Index} could not be brought up to date", definition.Name);
                await ReportAsync(definition.Name, node.Get(definition.Name), rebuild: null, e.Message, force: true, cancellationToken);
            }
        }
    }

    public async Task SyncAsync(SearchIndexDefinition definition, IProgress<RebuildProgress>? progress, CancellationToken cancellationToken)
    {
        var index = node.Get(definition.Name);
        if (!Matches(index, definition))
            index = node.PickUpNewer(definition.Name);
        if (!Matches(index, definition) || await IsBehindPrunedLogAsync(index!, cancellationToken))
            index = await RebuildAsync(definition, progress, cancellationToken);
        await CatchUpAsync(index!, cancellationToken);
    }

    private static bool Matches(LocalIndex? index, SearchIndexDefinition definition)
        => index is not null && index.State.Generation == definition.Generation && index.State.Analysis == definition.Analysis;

    /// <summary>
    /// Builds a new copy from every source into a folder of its own while searches keep reading the old one, then
    /// swaps it in. The checkpoint is the log's last task before the sources are read: changes made during the
    /// rebuild are applied again afterwards, which changes nothing twice.
    /// </summary>
    public async Task<LocalIndex> RebuildAsync(SearchIndexDefinition definition, IProgress<RebuildProgress>? progress, CancellationToken cancellationToken)
    {
        var checkpoint = await db.Tasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
        var sources = Sources;
        var total = 0;
        foreach (var source in sources)
            total += await source.CountAsync(cancellationToken);

        var index = LocalIndex.Create(definition.Name, node.FolderOf(definition.Name), definition.Generation, definition.Analysis);
        try
        {
            var done = 0;
            var reported = DateTime.MinValue;
            foreach (var source in sources)
            {
                await foreach (var document in source.GetAllAsync(cancellationToken))
                {
                    index.Put(source.Name, document);
                    done++;
                    if (clock.GetUtcNow().UtcDateTime - reported >= ProgressInterval)
                    {
                        reported = clock.GetUtcNow().UtcDateTime;
                        var step = new RebuildProgress(done, Math.Max(done, total));
                        progress?.Report(step);
                        await ReportAsync(definition.Name, node.Get(definition.Name), step, error: null, force: true, cancellationToken);
                    }
                }
            }

            index.Commit(checkpoint);
            progress?.Report(new RebuildProgress(done, done));
        }
        catch
        {
            index.Discard();
            throw;
        }

        node.Replace(index);
        logger.LogInformation("Search index {Index} rebuilt: generation {Generation}, {Documents} documents", definition.Name, definition.Generation, index.Documents);
        await ReportAsync(definition.Name, index, rebuild: null, error: null, force: true, cancellationToken);
        return index;
    }

    private async Task CatchUpAsync(LocalIndex index, CancellationToken cancellationToken)
    {
        while (true)
        {
            var checkpoint = index.State.Checkpoint;
            var batch = await db.Tasks.AsNoTracking()
                .Where(t => t.Id > checkpoint)
                .OrderBy(t => t.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
                break;

            await ApplyAsync(index, batch, cancellationToken);
            index.Commit(batch[^1].Id);
            if (batch.Count < BatchSize)
                break;
        }

        await ReportAsync(index.Name, index, rebuild: null, error: null, force: false, cancellationToken);
    }

    private async Task ApplyAsync(LocalIndex index, IReadOnlyList<SearchTask> batch, CancellationToken cancellationToken)
    {
        var sources = Sources;
        foreach (var group in batch.GroupBy(t => t.Source))
        {
            // The source of a disabled feature: its tasks are passed over; a rebuild leaves its documents out.
            var source = sources.FirstOrDefault(s => s.Name == group.Key);
            if (source is null)
                continue;

            var keys = group.Select(t => t.Key).Distinct().ToList();
            var documents = await source.GetAsync(keys, cancellationToken);
            foreach (var key in keys.Except(documents.Select(d => d.Key)))
                index.Delete(source.Name, key);
            foreach (var document in documents)
                index.Put(source.Name, document);
        }
    }

    /// <summary>True when tasks after the copy's checkpoint were pruned from the log before this node read them.</summary>
    private async Task<bool> IsBehindPrunedLogAsync(LocalIndex index, CancellationToken cancellationToken)
    {
        var first = await db.Tasks.MinAsync(t => (long?)t.Id, cancellationToken);
        return first is { } f && index.State.Checkpoint < f - 1;
    }

    /// <summary>Writes this node's state row for the index when it changed, during a rebuild, or as a heartbeat.</summary>
    private async Task ReportAsync(string indexName, LocalIndex? index, RebuildProgress? rebuild, string? error, bool force, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var checkpoint = index?.State.Checkpoint ?? 0;
        var documents = index?.Documents ?? 0;
        if (!force && node.LastReport.TryGetValue(indexName, out var last)
            && last.Checkpoint == checkpoint && last.Documents == documents && now - last.Utc < Heartbeat)
            return;

        await unitOfWork.ExecuteAsync(async ct =>
        {
            var row = await db.Nodes.FindAsync([node.Node, indexName], ct);
            if (row is null)
                db.Nodes.Add(row = new SearchNodeState { Node = node.Node, Index = indexName });
            row.Generation = index?.State.Generation ?? 0;
            row.Checkpoint = checkpoint;
            row.Documents = documents;
            row.RebuildDone = rebuild?.Done;
            row.RebuildTotal = rebuild?.Total;
            row.Error = error is null ? null : error[..Math.Min(error.Length, 500)];
            row.UpdatedUtc = now;
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
        node.LastReport[indexName] = (checkpoint, documents, error is null && rebuild is null ? now : DateTime.MinValue);
    }
}

/// <summary>Documents written by a rebuild so far, of the total the sources announced.</summary>
internal sealed record RebuildProgress(int Done, int Total);

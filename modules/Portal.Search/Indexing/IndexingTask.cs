using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Background;
using Portal.Search.Data;

namespace Portal.Search.Indexing;

/// <summary>Every second on every node: bring the node's indexes up to date with the log; now and then prune the log.</summary>
internal sealed class IndexingTask(SearchIndexer indexer, SearchDbContext db, NodeIndexes node, TimeProvider clock) : IBackgroundTask
{
    /// <summary>Tasks older than this are pruned; a node that was off longer rebuilds when it comes back.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    private static readonly TimeSpan PruneInterval = TimeSpan.FromHours(1);

    public TimeSpan Interval => TimeSpan.FromSeconds(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await indexer.SyncAllAsync(cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        if (now - node.LastPruned < PruneInterval)
            return;
        node.LastPruned = now;
        var cutoff = now - Retention;
        // The newest row always stays, so the log's numbering never starts again below a node's checkpoint.
        var newest = await db.Tasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
        await db.Tasks.Where(t => t.CreatedUtc < cutoff && t.Id < newest).ExecuteDeleteAsync(cancellationToken);
    }
}

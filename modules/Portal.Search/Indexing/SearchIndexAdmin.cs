using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Search.Analysis;
using Portal.Search.Data;
using Portal.Search.Models;

namespace Portal.Search.Indexing;

/// <summary>The admin's view of the indexes (definitions, every node's copy, the log) and its changes to them.</summary>
internal sealed partial class SearchIndexAdmin(SearchDbContext db, NodeIndexes node, TimeProvider clock)
{
    /// <summary>A node that has not reported for this long is shown as silent (stopped, or stuck).</summary>
    private static readonly TimeSpan Silent = TimeSpan.FromMinutes(2);

    public async Task<SearchStatus> StatusAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var definitions = await db.Indexes.AsNoTracking().OrderBy(i => i.Name).ToListAsync(cancellationToken);
        var rows = await db.Nodes.AsNoTracking().OrderBy(n => n.Node).ToListAsync(cancellationToken);
        var last = await db.Tasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
        var count = await db.Tasks.CountAsync(cancellationToken);

        var indexes = new List<IndexStatus>();
        foreach (var definition in definitions)
        {
            var nodes = new List<NodeStatus>();
            foreach (var row in rows.Where(r => r.Index == definition.Name))
            {
                var oldestPending = await db.Tasks.Where(t => t.Id > row.Checkpoint).MinAsync(t => (DateTime?)t.CreatedUtc, cancellationToken);
                nodes.Add(new NodeStatus(
                    row.Node,
                    row.Node == node.Node,
                    row.Generation,
                    row.Generation == definition.Generation,
                    row.Checkpoint,
                    Math.Max(0, last - row.Checkpoint),
                    oldestPending is { } t ? (int)Math.Max(0, (now - t).TotalSeconds) : 0,
                    row.Documents,
                    row.RebuildDone,
                    row.RebuildTotal,
                    row.Error,
                    row.UpdatedUtc,
                    now - row.UpdatedUtc > Silent));
            }

            indexes.Add(new IndexStatus(definition.Name, definition.Analysis, definition.Analysis.ToChinese(), definition.Generation, nodes));
        }

        return new SearchStatus(node.Node, last, count, indexes);
    }

    /// <summary>Asks every node to rebuild the index (raises its generation atomically, so two clicks are two rebuilds, not a lost one).</summary>
    public async Task<string?> RequestRebuildAsync(string name, CancellationToken cancellationToken)
    {
        var changed = await db.Indexes.Where(i => i.Name == name)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Generation, i => i.Generation + 1).SetProperty(i => i.ChangedUtc, clock.GetUtcNow().UtcDateTime), cancellationToken);
        return changed == 0 ? $"没有名为“{name}”的索引。" : null;
    }

    /// <summary>Chooses how the index cuts text; every node rebuilds its copy with it.</summary>
    public async Task<string?> SetAnalysisAsync(string name, AnalysisKind analysis, CancellationToken cancellationToken)
    {
        var changed = await db.Indexes.Where(i => i.Name == name && i.Analysis != analysis)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Analysis, analysis)
                .SetProperty(i => i.Generation, i => i.Generation + 1)
                .SetProperty(i => i.ChangedUtc, clock.GetUtcNow().UtcDateTime), cancellationToken);
        if (changed > 0)
            return null;
        return await db.Indexes.AnyAsync(i => i.Name == name, cancellationToken) ? null : $"没有名为“{name}”的索引。";
    }

    public async Task<string?> CreateAsync(string? name, AnalysisKind analysis, CancellationToken cancellationToken)
    {
        name = name?.Trim() ?? "";
        if (!IndexName().IsMatch(name))
            return "索引名称只能由小写字母、数字和连字符组成，以字母开头，最多 32 个字符。";
        if (await db.Indexes.AnyAsync(i => i.Name == name, cancellationToken))
            return $"已有名为“{name}”的索引。";

        db.Indexes.Add(new SearchIndexDefinition { Name = name, Analysis = analysis, Generation = 1, ChangedUtc = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return $"已有名为“{name}”的索引。";
        }
    }

    public async Task<string?> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        if (name == SearchIndexDefinition.Main)
            return "公共检索页使用的主索引不能删除。";
        var deleted = await db.Indexes.Where(i => i.Name == name).ExecuteDeleteAsync(cancellationToken);
        await db.Nodes.Where(n => n.Index == name).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? $"没有名为“{name}”的索引。" : null;
    }

    public Task<SearchIndexDefinition?> FindAsync(string name, CancellationToken cancellationToken)
        => db.Indexes.AsNoTracking().FirstOrDefaultAsync(i => i.Name == name, cancellationToken);

    [GeneratedRegex("^[a-z][a-z0-9-]{0,31}$")]
    private static partial Regex IndexName();
}

internal sealed record SearchStatus(string ThisNode, long LastTask, int TasksKept, IReadOnlyList<IndexStatus> Indexes);

internal sealed record IndexStatus(string Name, AnalysisKind Analysis, string AnalysisName, int Generation, IReadOnlyList<NodeStatus> Nodes);

/// <summary>One node's copy of an index: how far it has read the log and how many tasks and seconds it is behind.</summary>
internal sealed record NodeStatus(
    string Node,
    bool IsThisNode,
    int Generation,
    bool Current,
    long Checkpoint,
    long LagTasks,
    int LagSeconds,
    int Documents,
    int? RebuildDone,
    int? RebuildTotal,
    string? Error,
    DateTime UpdatedUtc,
    bool Silent);

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Core.Data;

namespace Portal.Core.Modules;

/// <summary>The outcome of a feature switch: what changed, or why nothing did.</summary>
public sealed record FeatureChange(IReadOnlyList<string> Changed, string? Refusal)
{
    public bool Succeeded => Refusal is null;
}

/// <summary>
/// Enables and disables features, persisted, respecting dependencies. Inside a unit of work (a recipe)
/// each switch sees the ones made before it; the site sees them all once the unit of work commits.
/// </summary>
public sealed class FeatureManager(ModuleCatalog catalog, FeatureState state, CoreDbContext db, IUnitOfWork unitOfWork, IDbSession session)
{
    private Pending? _pending;

    /// <summary>
    /// Reads the enabled features from the database into <see cref="FeatureState"/>. A switch committed on this node
    /// while the database was read makes the read stale: it is read again.
    /// </summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var readSince = state.Version;
            var enabled = await db.Features.AsNoTracking().Where(f => f.Enabled).Select(f => f.FeatureId).ToListAsync(cancellationToken);
            if (state.TrySet(enabled, readSince))
                return;
        }
    }

    /// <summary>Enables the features and everything they depend on.</summary>
    public async Task<FeatureChange> EnableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var ids = featureIds.ToList();
        var unknown = ids.FirstOrDefault(id => catalog.Find(id) is null);
        if (unknown is not null)
            return new([], $"功能 “{unknown}” 不存在。");

        var enabled = Enabled();
        var toEnable = ids.SelectMany(catalog.WithDependencies).Select(f => f.Id).Distinct()
            .Where(id => !enabled.Contains(id)).ToList();
        await SaveAsync(toEnable, enabled: true, cancellationToken);
        return new(toEnable, null);
    }

    /// <summary>Disables a feature unless it is always on or an enabled feature needs it.</summary>
    public async Task<FeatureChange> DisableAsync(string featureId, CancellationToken cancellationToken = default)
    {
        var feature = catalog.Find(featureId);
        if (feature is null)
            return new([], $"功能 “{featureId}” 不存在。");
        if (feature.AlwaysEnabled)
            return new([], $"“{feature.Name}” 是必需功能，不能停用。");
        var enabled = Enabled();
        if (!enabled.Contains(featureId))
            return new([], null);

        var needed = catalog.Dependents(featureId).Where(f => enabled.Contains(f.Id)).ToList();
        if (needed.Count > 0)
            return new([], $"不能停用 “{feature.Name}”：以下已启用的功能依赖它：{string.Join("、", needed.Select(f => f.Name))}。");

        await SaveAsync([featureId], enabled: false, cancellationToken);
        return new([featureId], null);
    }

    /// <summary>The enabled set with the switches of the unit of work in progress, or null when it has made none.</summary>
    internal IReadOnlySet<string>? PendingEnabled()
        => _pending is not null && _pending.Transaction == session.CurrentTransaction ? _pending.Enabled : null;

    /// <summary>The enabled set as this scope sees it: with the switches of its unit of work in progress.</summary>
    private IReadOnlySet<string> Enabled()
        => _pending is not null && _pending.Transaction == session.CurrentTransaction ? _pending.Enabled : state.EnabledIds;

    /// <summary>The switches of the unit of work in progress; on commit only they are applied, so concurrent switches all count.</summary>
    private Pending Switches()
    {
        if (_pending is null || _pending.Transaction != session.CurrentTransaction)
        {
            var pending = new Pending(session.CurrentTransaction!, [.. state.EnabledIds]);
            _pending = pending;
            unitOfWork.OnCommitted(() => state.Apply(pending.Added, pending.Removed));
        }
        return _pending;
    }

    private sealed record Pending(DbTransaction Transaction, HashSet<string> Enabled)
    {
        public HashSet<string> Added { get; } = [];
        public HashSet<string> Removed { get; } = [];

        public void Switch(IEnumerable<string> ids, bool enabled)
        {
            foreach (var id in ids)
            {
                if (enabled) { Enabled.Add(id); Added.Add(id); Removed.Remove(id); }
                else { Enabled.Remove(id); Removed.Add(id); Added.Remove(id); }
            }
        }
    }

    private async Task SaveAsync(IReadOnlyList<string> ids, bool enabled, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
            return;
        await unitOfWork.ExecuteAsync(async ct =>
        {
            // Two admins switching the same feature write one row after the other, not two rows at once.
            await unitOfWork.LockAsync("Core.Features", ct);
            var records = await db.Features.Where(f => ids.Contains(f.FeatureId)).ToDictionaryAsync(f => f.FeatureId, ct);
            foreach (var id in ids)
            {
                if (!records.TryGetValue(id, out var record))
                    db.Features.Add(record = new FeatureRecord { FeatureId = id });
                record.Enabled = enabled;
                record.ChangedUtc = DateTime.UtcNow;
            }
            await db.SaveChangesAsync(ct);

            Switches().Switch(ids, enabled);
        }, cancellationToken);
    }
}

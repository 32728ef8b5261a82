namespace Portal.Activities.Contracts;

/// <summary>
/// The five platforms (五大平台) and the activities of units, for modules that link to them (a venue booked for an
/// activity, a resource serving a platform). Read-only.
/// </summary>
public interface IActivityCatalog
{
    /// <summary>The five platforms in their order: the key stored by other modules and the Chinese name.</summary>
    IReadOnlyList<PlatformInfo> Platforms { get; }

    /// <summary>Activities of <paramref name="unitIds"/> not cancelled and not yet over, soonest first (at most <paramref name="limit"/>).</summary>
    Task<IReadOnlyList<ActivityInfo>> UpcomingAsync(IReadOnlyCollection<int> unitIds, int limit, CancellationToken cancellationToken = default);

    /// <summary>One activity by id, drafts included, or null.</summary>
    Task<ActivityInfo?> FindAsync(int activityId, CancellationToken cancellationToken = default);
}

/// <summary>A platform: <c>Culture</c>, 文化服务平台.</summary>
public sealed record PlatformInfo(string Key, string Name);

/// <summary>An activity as other modules see it; <paramref name="Public"/> is false for a draft, which has no public page.</summary>
public sealed record ActivityInfo(int Id, int UnitId, string Title, string Platform, string Place, DateTime StartsUtc, DateTime EndsUtc, bool Public,
    bool Cancelled, string Url);

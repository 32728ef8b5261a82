using Microsoft.EntityFrameworkCore;
using Portal.Activities.Contracts;
using Portal.Activities.Data;
using Portal.Activities.Models;

namespace Portal.Activities.Services;

/// <summary>The activities contract: the platforms from the one enum activities use, activities read without tracking.</summary>
internal sealed class ActivityCatalog(ActivitiesDbContext db, TimeProvider clock) : IActivityCatalog
{
    private static readonly IReadOnlyList<PlatformInfo> All = Enum.GetValues<Platform>().Select(p => new PlatformInfo(p.ToString(), p.ToChinese())).ToList();

    public IReadOnlyList<PlatformInfo> Platforms => All;

    public async Task<IReadOnlyList<ActivityInfo>> UpcomingAsync(IReadOnlyCollection<int> unitIds, int limit, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = unitIds.ToList();
        var list = await db.Activities.AsNoTracking()
            .Where(a => ids.Contains(a.UnitId) && a.Status != ActivityStatus.Cancelled && a.Status != ActivityStatus.Finished && a.EndsUtc >= now)
            .OrderBy(a => a.StartsUtc).ThenBy(a => a.Id).Take(Math.Clamp(limit, 1, 500)).ToListAsync(cancellationToken);
        return list.Select(Info).ToList();
    }

    public async Task<ActivityInfo?> FindAsync(int activityId, CancellationToken cancellationToken = default)
        => await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken) is { } activity ? Info(activity) : null;

    private static ActivityInfo Info(Activity a) => new(a.Id, a.UnitId, a.Title, a.Platform.ToString(), a.Place, a.StartsUtc, a.EndsUtc,
        a.Status != ActivityStatus.Draft, a.Status == ActivityStatus.Cancelled, ActivityRoutes.PublicUrl(a.Id));
}

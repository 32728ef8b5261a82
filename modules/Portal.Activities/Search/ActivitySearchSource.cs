using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Portal.Activities.Data;
using Portal.Activities.Models;
using Portal.Activities.Services;
using Portal.Organization.Contracts;
using Portal.Search.Contracts;

namespace Portal.Activities.Search;

/// <summary>
/// Public activities (all but drafts) as search documents: what their public page shows about the activity, nothing
/// about who signed up. A draft has no document, so an activity leaves the index if it ever goes back to being one.
/// </summary>
internal sealed class ActivitySearchSource(ActivitiesDbContext db, IUnitDirectory units) : ISearchSource
{
    public const string SourceName = "activities";

    public string Name => SourceName;

    public Task<int> CountAsync(CancellationToken cancellationToken) => Public().CountAsync(cancellationToken);

    public async IAsyncEnumerable<SearchDocument> GetAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var tree = (await units.GetTreeAsync(cancellationToken)).ToDictionary(u => u.Id);
        foreach (var activity in await Public().OrderBy(a => a.Id).ToListAsync(cancellationToken))
            yield return ToDocument(activity, tree);
    }

    public async Task<IReadOnlyList<SearchDocument>> GetAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var ids = keys.Select(k => int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).ToList();
        if (ids.Count == 0)
            return [];
        var tree = (await units.GetTreeAsync(cancellationToken)).ToDictionary(u => u.Id);
        var activities = await Public().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        return activities.Select(a => ToDocument(a, tree)).ToList();
    }

    private IQueryable<Activity> Public() => db.Activities.AsNoTracking().Where(a => a.Status != ActivityStatus.Draft);

    private static SearchDocument ToDocument(Activity activity, IReadOnlyDictionary<int, UnitInfo> tree)
    {
        var unit = tree.GetValueOrDefault(activity.UnitId);
        return new SearchDocument
        {
            Key = activity.Id.ToString(CultureInfo.InvariantCulture),
            Type = "Activity",
            TypeName = "志愿服务活动",
            Title = activity.Title,
            Text = string.Join('\n', new[] { activity.Category, activity.Platform.ToChinese(), activity.Place, string.Join(" ", activity.Tags), activity.Description }
                .Where(t => t.Length > 0)),
            Url = ActivityRoutes.PublicUrl(activity.Id),
            Unit = unit is null ? null : new SearchUnit(unit.Code, unit.Name),
            DateUtc = activity.StartsUtc,
            Tags = [activity.Category, .. activity.Tags],
        };
    }
}

/// <summary>Adds an activity's indexing task to the log in the transaction that changes the activity.</summary>
internal sealed class ActivitySearchIndexing(ISearchIndexQueue queue) : IActivityChangeObserver
{
    public void ActivityChanged(int activityId) => queue.Enqueue(ActivitySearchSource.SourceName, activityId.ToString(CultureInfo.InvariantCulture));
}

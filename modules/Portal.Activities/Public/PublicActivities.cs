using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Display;
using Portal.Activities.Data;
using Portal.Activities.Models;
using Portal.Activities.Services;
using Portal.Organization.Contracts;

namespace Portal.Activities.Public;

/// <summary>Which activities the public list shows: coming and under way, or past; by unit (and the units below), category, platform.</summary>
internal sealed record ActivityFilter(string? Unit, string? Category, string? Platform, bool Past, int Page);

/// <summary>
/// What the public sees of activities: every one but drafts, with places left. No volunteer is named; a signed-in
/// volunteer sees only their own sign-up.
/// </summary>
internal sealed class PublicActivities(ActivitiesDbContext db, IUnitDirectory units, ActivityService activities, TimeProvider clock)
{
    public const int PageSize = 12;

    private static readonly string[] Weekdays = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    public async Task<ActivityListPage> ListAsync(ActivityFilter filter, CancellationToken cancellationToken)
    {
        var tree = await units.GetTreeAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var query = Filter(db.Activities.AsNoTracking().Where(a => a.Status != ActivityStatus.Draft), filter, tree);
        query = filter.Past ? query.Where(a => a.EndsUtc < now) : query.Where(a => a.EndsUtc >= now);

        var page = Math.Clamp(filter.Page, 1, 1000);
        var ordered = filter.Past ? query.OrderByDescending(a => a.StartsUtc) : query.OrderBy(a => a.StartsUtc);
        var list = await ordered.ThenBy(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        var cards = await CardsAsync(list.Take(PageSize).ToList(), tree, cancellationToken);
        var calendarQuery = Query(filter with { Past = false, Page = 1 });

        return new ActivityListPage(
            cards,
            filter.Past,
            page,
            page > 1 ? Link(filter with { Page = page - 1 }) : null,
            list.Count > PageSize ? Link(filter with { Page = page + 1 }) : null,
            Link(filter with { Past = !filter.Past, Page = 1 }),
            ActivityRoutes.PublicPath + "/calendar" + (calendarQuery.Length > 0 ? "?" + calendarQuery : ""),
            await FilterOptionsAsync(filter, tree, cancellationToken));
    }

    /// <summary>Keeps the activities of the filter's unit and the units below it, its category and its platform.</summary>
    public IQueryable<Activity> Filter(IQueryable<Activity> query, ActivityFilter filter, IReadOnlyList<UnitInfo> tree)
    {
        if (tree.FirstOrDefault(u => u.Code == (filter.Unit ?? "").Trim()) is { } unit)
        {
            var below = tree.UnitAndBelow(unit.Id).ToList();
            query = query.Where(a => below.Contains(a.UnitId));
        }
        var category = (filter.Category ?? "").Trim();
        if (category.Length > 0)
            query = query.Where(a => a.Category == category);
        if (PlatformOf(filter) is { } platform)
            query = query.Where(a => a.Platform == platform);
        return query;
    }

    /// <summary>The choices of the filter form, the filter's own selected.</summary>
    public async Task<FilterOptions> FilterOptionsAsync(ActivityFilter filter, IReadOnlyList<UnitInfo> tree, CancellationToken cancellationToken)
    {
        var lists = await activities.SettingsAsync(cancellationToken);
        var (unit, category, platform) = ((filter.Unit ?? "").Trim(), (filter.Category ?? "").Trim(), PlatformOf(filter));
        return new FilterOptions(
            tree.Where(u => u.Kind != UnitKind.Point).Select(u => new FilterOption(u.Code, u.Name, u.Code == unit)).ToList(),
            lists.Categories.Select(c => new FilterOption(c, c, c == category)).ToList(),
            Enum.GetValues<Platform>().Select(x => new FilterOption(x.ToString(), x.ToChinese(), x == platform)).ToList(),
            tree.FirstOrDefault(u => u.Code == unit) is { } chosen ? Calendar.ActivityCalendar.FeedUrl(chosen.Code) : null);
    }

    private static Platform? PlatformOf(ActivityFilter filter)
        => Enum.TryParse<Platform>(filter.Platform, out var p) && Enum.IsDefined(p) && !int.TryParse(filter.Platform, out _) ? p : null;

    /// <summary>The next activities still to come or under way, soonest first, for the home page.</summary>
    public async Task<IReadOnlyList<ActivityCard>> UpcomingAsync(int count, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var list = await db.Activities.AsNoTracking()
            .Where(a => (a.Status == ActivityStatus.Recruiting || a.Status == ActivityStatus.Full || a.Status == ActivityStatus.Running) && a.EndsUtc >= now)
            .OrderBy(a => a.StartsUtc).ThenBy(a => a.Id).Take(count).ToListAsync(cancellationToken);
        return await CardsAsync(list, await units.GetTreeAsync(cancellationToken), cancellationToken);
    }

    /// <summary>A public activity (not a draft) with its card, or null.</summary>
    public async Task<(Activity Activity, ActivityCard Card)?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.Status != ActivityStatus.Draft, cancellationToken);
        if (activity is null)
            return null;
        var cards = await CardsAsync([activity], await units.GetTreeAsync(cancellationToken), cancellationToken);
        return (activity, cards[0]);
    }

    public async Task<IReadOnlyList<ActivityCard>> CardsAsync(List<Activity> list, IReadOnlyList<UnitInfo> tree, CancellationToken cancellationToken)
    {
        var ids = list.Select(a => a.Id).ToList();
        var counts = await db.SignUps.AsNoTracking().Where(s => ids.Contains(s.ActivityId) && s.Status != SignUpStatus.Cancelled)
            .GroupBy(s => new { s.ActivityId, s.Status }).Select(g => new { g.Key.ActivityId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var projectIds = list.Where(a => a.ProjectId != null).Select(a => a.ProjectId!.Value).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        var byId = tree.ToDictionary(u => u.Id);
        return list.Select(a =>
        {
            var confirmed = counts.Where(c => c.ActivityId == a.Id && c.Status == SignUpStatus.Confirmed).Sum(c => c.Count);
            var waitlisted = counts.Where(c => c.ActivityId == a.Id && c.Status == SignUpStatus.Waitlisted).Sum(c => c.Count);
            var unit = byId.GetValueOrDefault(a.UnitId);
            return new ActivityCard(
                a.Id, a.Title, ActivityRoutes.PublicUrl(a.Id), unit?.Name ?? "", unit is null ? "" : $"/units/{Uri.EscapeDataString(unit.Code)}",
                a.Category, a.Platform.ToChinese(), a.Place, When(a.StartsUtc, a.EndsUtc), a.Status.ToChinese(), a.Status.ToString().ToLowerInvariant(),
                a.Places, Math.Max(0, a.Places - confirmed), confirmed, waitlisted, a.Tags, a.CoverUrl,
                a.ProjectId is { } pid ? projects.GetValueOrDefault(pid) : null);
        }).ToList();
    }

    /// <summary>“2026-12-12 周六 09:00–11:30”, or both dates when it spans days; China time.</summary>
    public static string When(DateTime startsUtc, DateTime endsUtc)
    {
        var start = ChinaTime.FromUtc(startsUtc);
        var end = ChinaTime.FromUtc(endsUtc);
        var first = $"{start:yyyy-MM-dd} {Weekdays[(int)start.DayOfWeek]} {start:HH:mm}";
        return start.Date == end.Date ? $"{first}–{end:HH:mm}" : $"{first} 至 {end:yyyy-MM-dd} {Weekdays[(int)end.DayOfWeek]} {end:HH:mm}";
    }

    public static string FormatTime(DateTime utc) => ChinaTime.FromUtc(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Link(ActivityFilter filter)
    {
        var query = Query(filter);
        return ActivityRoutes.PublicPath + (query.Length > 0 ? "?" + query : "");
    }

    /// <summary>The filter as a query string, without the question mark.</summary>
    public static string Query(ActivityFilter filter)
    {
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(filter.Unit))
            query.Add("unit=" + Uri.EscapeDataString(filter.Unit.Trim()));
        if (!string.IsNullOrWhiteSpace(filter.Category))
            query.Add("category=" + Uri.EscapeDataString(filter.Category.Trim()));
        if (!string.IsNullOrWhiteSpace(filter.Platform))
            query.Add("platform=" + Uri.EscapeDataString(filter.Platform.Trim()));
        if (filter.Past)
            query.Add("when=past");
        if (filter.Page > 1)
            query.Add("page=" + filter.Page.ToString(CultureInfo.InvariantCulture));
        return string.Join("&", query);
    }
}

/// <summary>An activity as lists and the home page show it (theme shapes <c>Activities</c>, <c>HomeActivities</c>).</summary>
internal sealed record ActivityCard(
    int Id,
    string Title,
    string Url,
    string UnitName,
    string UnitUrl,
    string Category,
    string Platform,
    string Place,
    string When,
    string Status,
    string StatusKey,
    int Places,
    int PlacesLeft,
    int Confirmed,
    int Waitlisted,
    IReadOnlyList<string> Tags,
    string CoverUrl,
    string? Project);

internal sealed record FilterOption(string Value, string Text, bool Selected);

/// <summary>The theme's <c>ActivityFilters</c> form, shared by the list and the calendar; the unit's feed when a unit is chosen.</summary>
internal sealed record FilterOptions(IReadOnlyList<FilterOption> Units, IReadOnlyList<FilterOption> Categories, IReadOnlyList<FilterOption> Platforms, string? FeedUrl);

/// <summary>The theme's <c>Activities</c> page.</summary>
internal sealed record ActivityListPage(
    IReadOnlyList<ActivityCard> Items,
    bool Past,
    int Page,
    string? PreviousUrl,
    string? NextUrl,
    string OtherUrl,
    string CalendarUrl,
    FilterOptions Filters);

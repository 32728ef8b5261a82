using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Display;
using Portal.Activities.Data;
using Portal.Activities.Models;
using Portal.Activities.Public;
using Portal.Organization.Contracts;

namespace Portal.Activities.Calendar;

/// <summary>
/// The calendar (活动日历): a month of public activities filtered like the list, and iCalendar (RFC 5545) for one activity
/// and for a unit with the units below it, so residents and the media center can subscribe.
/// </summary>
internal sealed class ActivityCalendar(ActivitiesDbContext db, IUnitDirectory units, PublicActivities publicActivities, IPublicAddress address,
    TimeProvider clock)
{
    public const string ProductId = "-//新时代文明实践中心//志愿服务活动//ZH";

    /// <summary>How far back a unit's feed reaches; what is further back stays on the site only.</summary>
    public const int FeedDaysBack = 90;

    private static readonly string[] WeekdayNames = ["一", "二", "三", "四", "五", "六", "日"];

    /// <summary>The month of <paramref name="month"/> (<c>2026-12</c>; this month when empty or not a month), Monday first.</summary>
    public async Task<CalendarMonthPage> MonthAsync(string? month, ActivityFilter filter, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var first = DateOnly.TryParseExact(month ?? "", "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var chosen)
            && chosen.Year is >= 2000 and <= 2100 ? chosen : new DateOnly(today.Year, today.Month, 1);
        var gridStart = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
        var gridEnd = first.AddMonths(1).AddDays(-1);
        gridEnd = gridEnd.AddDays(6 - ((int)gridEnd.DayOfWeek + 6) % 7);

        var (fromUtc, toUtc) = (ChinaTime.DayStartUtc(gridStart), ChinaTime.DayStartUtc(gridEnd.AddDays(1)));
        var tree = await units.GetTreeAsync(cancellationToken);
        var query = publicActivities.Filter(db.Activities.AsNoTracking().Where(a => a.Status != ActivityStatus.Draft), filter, tree)
            .Where(a => a.StartsUtc < toUtc && a.EndsUtc >= fromUtc);
        var list = await query.OrderBy(a => a.StartsUtc).ThenBy(a => a.Id).Take(500).ToListAsync(cancellationToken);
        var cards = (await publicActivities.CardsAsync(list, tree, cancellationToken)).ToDictionary(c => c.Id);

        var weeks = new List<IReadOnlyList<CalendarDay>>();
        for (var weekStart = gridStart; weekStart <= gridEnd; weekStart = weekStart.AddDays(7))
        {
            weeks.Add(Enumerable.Range(0, 7).Select(i =>
            {
                var day = weekStart.AddDays(i);
                var (dayStart, dayEnd) = (ChinaTime.DayStartUtc(day), ChinaTime.DayStartUtc(day.AddDays(1)));
                var items = list.Where(a => a.StartsUtc < dayEnd && a.EndsUtc >= dayStart)
                    .Select(a => new CalendarItem(a.Title, cards[a.Id].Url, ChinaTime.FromUtc(a.StartsUtc).ToString("HH:mm", CultureInfo.InvariantCulture),
                        cards[a.Id].StatusKey, cards[a.Id].Status))
                    .ToList();
                return new CalendarDay(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day.Day, day.Month == first.Month, day == today, items);
            }).ToList());
        }

        var filterQuery = PublicActivities.Query(filter with { Past = false, Page = 1 });
        return new CalendarMonthPage(
            $"{first.Year}年{first.Month}月",
            first.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            CalendarUrl(first.AddMonths(-1), filterQuery),
            CalendarUrl(first.AddMonths(1), filterQuery),
            ActivityRoutes.PublicPath + (filterQuery.Length > 0 ? "?" + filterQuery : ""),
            WeekdayNames,
            weeks,
            list.Count,
            await publicActivities.FilterOptionsAsync(filter, tree, cancellationToken));
    }

    /// <summary>One public activity as an iCalendar file, or null.</summary>
    public async Task<string?> EventFileAsync(int id, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.Status != ActivityStatus.Draft, cancellationToken);
        if (activity is null)
            return null;
        var unit = await units.FindAsync(activity.UnitId, cancellationToken);
        return Serialize(activity.Title, [ToEvent(activity, unit, address.BaseUrl)]);
    }

    /// <summary>The public activities of the unit with <paramref name="code"/> and the units below it, or null for no such unit.</summary>
    public async Task<string?> UnitFeedAsync(string code, CancellationToken cancellationToken)
    {
        var tree = await units.GetTreeAsync(cancellationToken);
        if (tree.FirstOrDefault(u => u.Code == code) is not { } unit)
            return null;
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-FeedDaysBack);
        var query = publicActivities.Filter(db.Activities.AsNoTracking().Where(a => a.Status != ActivityStatus.Draft && a.EndsUtc >= since),
            new ActivityFilter(code, null, null, false, 1), tree);
        var list = await query.OrderBy(a => a.StartsUtc).ThenBy(a => a.Id).Take(1000).ToListAsync(cancellationToken);
        var byId = tree.ToDictionary(u => u.Id);
        var baseUrl = address.BaseUrl;
        return Serialize($"{unit.Name} · 志愿服务活动", list.Select(a => ToEvent(a, byId.GetValueOrDefault(a.UnitId), baseUrl)));
    }

    public static string FileUrl(int id) => $"{ActivityRoutes.PublicPath}/{id.ToString(CultureInfo.InvariantCulture)}.ics";

    public static string FeedUrl(string unitCode) => $"{ActivityRoutes.PublicPath}/feed/{Uri.EscapeDataString(unitCode)}.ics";

    private static string CalendarUrl(DateOnly month, string query)
        => $"{ActivityRoutes.PublicPath}/calendar?month={month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}" + (query.Length > 0 ? "&" + query : "");

    /// <summary>One event; <paramref name="baseUrl"/> is read once per file, not once per event.</summary>
    private static CalendarEvent ToEvent(Activity activity, UnitInfo? unit, string baseUrl)
    {
        var url = baseUrl + ActivityRoutes.PublicUrl(activity.Id);
        return new CalendarEvent
        {
            // Stable across edits and nodes, so a subscriber's calendar updates the event instead of adding another.
            Uid = $"activity-{activity.Id.ToString(CultureInfo.InvariantCulture)}@{new Uri(url).Host}",
            Summary = activity.Title,
            Description = string.Join("\n", new[] { $"{activity.Category} · {activity.Platform.ToChinese()}", unit?.Name ?? "", activity.Description, url }
                .Where(t => t.Length > 0)),
            Location = activity.Place,
            DtStart = new CalDateTime(DateTime.SpecifyKind(activity.StartsUtc, DateTimeKind.Utc)),
            DtEnd = new CalDateTime(DateTime.SpecifyKind(activity.EndsUtc, DateTimeKind.Utc)),
            DtStamp = new CalDateTime(DateTime.SpecifyKind(activity.UpdatedUtc, DateTimeKind.Utc)),
            Url = new Uri(url),
            Status = activity.Status == ActivityStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Categories = [activity.Category, .. activity.Tags],
        };
    }

    private static string Serialize(string name, IEnumerable<CalendarEvent> events)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", "Asia/Shanghai");
        foreach (var e in events)
            calendar.Events.Add(e);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}

/// <summary>The theme's <c>ActivityCalendar</c> page: a month of weeks, Monday first.</summary>
internal sealed record CalendarMonthPage(
    string Title,
    string Month,
    string PreviousUrl,
    string NextUrl,
    string ListUrl,
    IReadOnlyList<string> Weekdays,
    IReadOnlyList<IReadOnlyList<CalendarDay>> Weeks,
    int Count,
    FilterOptions Filters);

internal sealed record CalendarDay(string Date, int Day, bool InMonth, bool Today, IReadOnlyList<CalendarItem> Items);

internal sealed record CalendarItem(string Title, string Url, string Time, string StatusKey, string Status);

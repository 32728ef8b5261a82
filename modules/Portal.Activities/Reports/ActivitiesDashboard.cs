using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Display;
using Portal.Abstractions.Security;
using Portal.Activities.Data;
using Portal.Activities.Models;
using Portal.Organization.Contracts;

namespace Portal.Activities.Reports;

/// <summary>
/// The activities' part of a unit's dashboard: activities held in the year by month and category (drafts and cancelled
/// ones left out), the volunteers who served (checked in, or hours posted) and the hours posted to the ledger.
/// </summary>
internal sealed class ActivitiesDashboard(ActivitiesDbContext db, IAuthorizationService authorization) : IUnitDashboardSource
{
    public int Order => 10;

    public async Task<DashboardSection?> BuildAsync(DashboardQuery query, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await authorization.AuthorizeAsync(user, Permissions.ManageActivities))
            return null;
        var (from, to) = query.UtcRange;
        var units = query.UnitIds.ToList();
        var held = await db.Activities.AsNoTracking()
            .Where(a => units.Contains(a.UnitId) && a.StartsUtc >= from && a.StartsUtc < to
                        && a.Status != ActivityStatus.Draft && a.Status != ActivityStatus.Cancelled)
            .Select(a => new { a.Id, a.Category, a.StartsUtc }).ToListAsync(cancellationToken);
        var ids = held.Select(a => a.Id).ToList();
        var attendance = await db.SignUps.AsNoTracking()
            .Where(s => ids.Contains(s.ActivityId) && (s.CheckedInUtc != null || s.HoursPostedUtc != null))
            .Select(s => new { s.VolunteerId, Hours = s.HoursPostedUtc != null ? s.Hours ?? 0 : 0 }).ToListAsync(cancellationToken);
        var signUps = await db.SignUps.CountAsync(s => ids.Contains(s.ActivityId) && s.Status != SignUpStatus.Cancelled, cancellationToken);

        var months = Enumerable.Range(1, 12).ToList();
        var byCategory = held.GroupBy(a => a.Category).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string>)[g.Key, .. months.Select(m => Count(g.Count(a => Month(a.StartsUtc) == m))), Count(g.Count())])
            .ToList();
        if (byCategory.Count > 0)
            byCategory.Add(["合计", .. months.Select(m => Count(held.Count(a => Month(a.StartsUtc) == m))), Count(held.Count)]);

        return new DashboardSection("志愿服务活动",
            [
                new("activities", "开展活动", Count(held.Count), "场"),
                new("signups", "报名", Count(signUps), "人次"),
                new("volunteers", "服务志愿者", Count(attendance.Select(a => a.VolunteerId).Distinct().Count()), "人"),
                new("hours", "记入服务时长", attendance.Sum(a => a.Hours).ToString("0.##", CultureInfo.InvariantCulture), "小时"),
            ],
            [new DashboardTable("activities-by-month", "按月份和类别的活动场次", ["类别", .. months.Select(m => $"{m}月"), "合计"], byCategory)],
            ActivityRoutes.AdminPath);
    }

    private static int Month(DateTime utc) => ChinaTime.FromUtc(utc).Month;

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}

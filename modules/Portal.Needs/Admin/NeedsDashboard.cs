using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Needs.Data;
using Portal.Needs.Models;
using Portal.Organization.Contracts;

namespace Portal.Needs.Admin;

/// <summary>
/// The needs' part of a unit's dashboard: needs ordered in the year that the unit's side answers for (dispatched to it or
/// a team of it, or while undispatched, in its villages), by status, and their ratings.
/// </summary>
internal sealed class NeedsDashboard(NeedsDbContext db, IAuthorizationService authorization) : IUnitDashboardSource
{
    public int Order => 20;

    public async Task<DashboardSection?> BuildAsync(DashboardQuery query, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await authorization.AuthorizeAsync(user, Permissions.ServeNeeds))
            return null;
        var (from, to) = query.UtcRange;
        var units = query.UnitIds.ToList();
        var needs = await db.Needs.AsNoTracking()
            .Where(n => n.CreatedUtc >= from && n.CreatedUtc < to && units.Contains(n.AssignedUnitId ?? n.UnitId))
            .Select(n => new { n.Status, n.Rating }).ToListAsync(cancellationToken);
        var rated = needs.Where(n => n.Rating is not null).Select(n => n.Rating!.Value).ToList();

        return new DashboardSection("群众点单",
            [
                new("needs", "点单", Count(needs.Count), "件"),
                new("needs-done", "已完成", Count(needs.Count(n => n.Status == NeedStatus.Done)), "件"),
                new("needs-rated", "已评价", Count(rated.Count), "件"),
                new("rating", "平均评分", rated.Count == 0 ? "—" : rated.Average().ToString("0.00", CultureInfo.InvariantCulture), "分（满分 5 分）"),
            ],
            [new DashboardTable("needs-by-status", "按状态的点单数", ["状态", "件数"],
                Enum.GetValues<NeedStatus>().Select(s => (IReadOnlyList<string>)[s.ToChinese(), Count(needs.Count(n => n.Status == s))]).ToList())],
            NeedRoutes.AdminStatsPath);
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}

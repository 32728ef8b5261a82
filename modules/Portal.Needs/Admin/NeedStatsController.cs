using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Needs.Data;
using Portal.Needs.Models;
using Portal.Organization.Contracts;

namespace Portal.Needs.Admin;

/// <summary>
/// Per-unit figures of the needs (a first piece of the unit dashboard): a need counts for the station it was dispatched
/// to, or while undispatched for the village it is in; counts by status, ratings and their average. Staff see their units.
/// </summary>
[RequirePermission(nameof(Permissions.ServeNeeds))]
[Route("admin/needs/stats")]
internal sealed class NeedStatsController(NeedsDbContext db, IUnitScope scope, IUnitDirectory units) : Controller
{
    [HttpGet("", Name = NeedRoutes.AdminStats)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var mine = await scope.GetScopeAsync(User, cancellationToken);
        var groups = await db.Needs.AsNoTracking()
            .GroupBy(n => new { UnitId = n.AssignedUnitId ?? n.UnitId, n.Status })
            .Select(g => new { g.Key.UnitId, g.Key.Status, Count = g.Count(), Rated = g.Count(n => n.Rating != null), RatingSum = g.Sum(n => n.Rating ?? 0) })
            .ToListAsync(cancellationToken);
        var tree = await units.GetTreeAsync(cancellationToken);
        var rows = tree.Where(u => mine.Contains(u.Id)).Select(u =>
        {
            var own = groups.Where(g => g.UnitId == u.Id).ToList();
            var rated = own.Sum(g => g.Rated);
            return new NeedStatsRow(u.Name, Enum.GetValues<NeedStatus>().ToDictionary(s => s, s => own.Where(g => g.Status == s).Sum(g => g.Count)),
                own.Sum(g => g.Count), rated, rated == 0 ? null : Math.Round((double)own.Sum(g => g.RatingSum) / rated, 2));
        }).Where(r => r.Total > 0).ToList();

        // Needs dispatched to a volunteer team count for that team too (under the name it had then).
        var teams = (await db.Needs.AsNoTracking().Where(n => n.AssignedTeamId != null)
                .GroupBy(n => new { n.AssignedTeamId, n.AssignedTeamName, n.AssignedUnitId })
                .Select(g => new
                {
                    g.Key.AssignedTeamName, g.Key.AssignedUnitId, Count = g.Count(), Done = g.Count(n => n.Status == NeedStatus.Done),
                    Rated = g.Count(n => n.Rating != null), RatingSum = g.Sum(n => n.Rating ?? 0),
                })
                .ToListAsync(cancellationToken))
            .Where(t => t.AssignedUnitId is { } unit && mine.Contains(unit))
            .Select(t => new TeamStatsRow(t.AssignedTeamName ?? "", t.Count, t.Done, t.Rated, t.Rated == 0 ? null : Math.Round((double)t.RatingSum / t.Rated, 2)))
            .OrderBy(t => t.TeamName, StringComparer.Ordinal).ToList();
        return View(new NeedStatsPage(rows, teams));
    }
}

internal sealed record NeedStatsPage(IReadOnlyList<NeedStatsRow> Units, IReadOnlyList<TeamStatsRow> Teams);

internal sealed record NeedStatsRow(string UnitName, IReadOnlyDictionary<NeedStatus, int> ByStatus, int Total, int Rated, double? AverageRating);

internal sealed record TeamStatsRow(string TeamName, int Dispatched, int Done, int Rated, double? AverageRating);

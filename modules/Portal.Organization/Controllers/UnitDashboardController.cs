using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Display;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;

namespace Portal.Organization.Controllers;

/// <summary>
/// 单位工作台: one unit's year at a glance, its figures and the units' below it, from every module that contributes a
/// part (activities, needs ...). Staff see the units in their scope.
/// </summary>
[RequirePermission(nameof(Permissions.EditOwnUnits))]
[Route("admin/units/dashboard")]
internal sealed class UnitDashboardController(
    IUnitScope scope,
    IUnitDirectory directory,
    IEnumerable<IUnitDashboardSource> sources,
    IFeatureState features,
    TimeProvider clock) : Controller
{
    [HttpGet("", Name = OrganizationRoutes.AdminDashboard)]
    public async Task<IActionResult> Index(int? unit, int? year, CancellationToken cancellationToken)
    {
        var mine = await scope.GetScopeAsync(User, cancellationToken);
        var tree = await directory.GetTreeAsync(cancellationToken);
        var choices = tree.Where(u => mine.Contains(u.Id)).ToList();
        var thisYear = ChinaTime.Today(clock).Year;
        if (choices.Count == 0)
            return View(new UnitDashboardPage(null, choices, thisYear, thisYear, []));
        if (unit is { } id && !choices.Any(u => u.Id == id))
            return NotFound();
        var chosen = choices.FirstOrDefault(u => u.Id == unit) ?? choices[0];
        var shown = year is >= 2000 && year <= thisYear + 1 ? year.Value : thisYear;

        var query = new DashboardQuery(chosen, tree.UnitAndBelow(chosen.Id), shown);
        var sections = new List<DashboardSection>();
        foreach (var source in features.Enabled(sources).OrderBy(s => s.Order))
        {
            if (await source.BuildAsync(query, User, cancellationToken) is { } section)
                sections.Add(section);
        }
        return View(new UnitDashboardPage(chosen, choices, shown, thisYear, sections));
    }
}

internal sealed record UnitDashboardPage(UnitInfo? Unit, IReadOnlyList<UnitInfo> Units, int Year, int ThisYear, IReadOnlyList<DashboardSection> Sections);

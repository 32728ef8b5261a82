using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Display;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;
using Portal.Resources.Import;
using Portal.Resources.Models;
using Portal.Resources.Reports;
using Portal.Resources.Services;

namespace Portal.Resources.Admin;

/// <summary>
/// 摸清底数: counts by unit × platform × ownership (each count opens the list so filtered), utilization for a period,
/// agreements ending within 60 days; each as .csv or .xlsx. Staff see their units.
/// </summary>
[RequirePermission(nameof(Permissions.ManageResources))]
[Route("admin/resources/reports")]
internal sealed class ResourceReportsController(ResourceReports reports, ResourceService resources, IUnitScope scope, ICsvFiles csv, TimeProvider clock)
    : Controller
{
    [HttpGet("", Name = ResourceRoutes.AdminReports)]
    public async Task<IActionResult> Index(string? from, string? to, CancellationToken cancellationToken)
    {
        var mine = await scope.GetScopeAsync(User, cancellationToken);
        var (first, last, problem) = Period(from, to);
        var (byResource, byUnit) = await reports.UtilizationAsync(mine, first, last, cancellationToken);
        if (problem is not null)
            TempData["Error"] = problem;
        return View(new ReportsPage(await reports.CountsAsync(mine, cancellationToken), resources.Platforms, first, last, byResource, byUnit,
            await reports.ExpiringAsync(mine, ChinaTime.Today(clock), cancellationToken)));
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export(string? report, string? format, string? from, string? to, CancellationToken cancellationToken)
    {
        var mine = await scope.GetScopeAsync(User, cancellationToken);
        List<string> header;
        List<List<string>> rows;
        string name;
        switch (report)
        {
            case "counts":
                var counts = await reports.CountsAsync(mine, cancellationToken);
                var columns = resources.Platforms.SelectMany(p => new[] { Ownership.Owned, Ownership.Available }.Select(o => (p, o))).ToList();
                header = ["单位代码", "单位", .. columns.Select(c => $"{c.p.Name}·{c.o.ToChinese()}"), "自有合计", "可用合计", "资源总数"];
                rows = counts.Select(r => new List<string> { r.Unit.Code, r.Unit.Name }
                    .Concat(columns.Select(c => Number(r.Counts.GetValueOrDefault((c.p.Key, c.o)))))
                    .Concat([Number(r.Owned), Number(r.Available), Number(r.Total)]).ToList()).ToList();
                name = "资源统计";
                break;
            case "utilization":
                var (first, last, _) = Period(from, to);
                var (byResource, byUnit) = await reports.UtilizationAsync(mine, first, last, cancellationToken);
                header = ["单位代码", "单位", "资源", "已预约小时", "开放小时", "利用率"];
                rows = byResource.Concat(byUnit.Select(u => u with { Resource = "（单位合计）" }))
                    .Select(r => new List<string> { r.UnitCode, r.Unit, r.Resource, Hours(r.BookedHours), Hours(r.OpenHours), Rate(r.Rate) }).ToList();
                name = $"资源利用率{first:yyyyMMdd}-{last:yyyyMMdd}";
                break;
            case "expiring":
                var expiring = await reports.ExpiringAsync(mine, ChinaTime.Today(clock), cancellationToken);
                header = ["单位", "资源", "权属单位", "协议到期日期", "剩余天数"];
                rows = expiring.Select(e => new List<string> { e.Unit, e.Resource.Name, e.Resource.OwnerOrganization,
                    e.Resource.AgreementEnds!.Value.ToString(ResourceInput.DateFormat, CultureInfo.InvariantCulture), Number(e.DaysLeft) }).ToList();
                name = "即将到期的使用协议";
                break;
            default:
                return NotFound();
        }
        if (format == "csv")
            return File(csv.Write(header, rows), ICsvFiles.ContentType, name + ".csv");
        var sheet = rows.Select(r => (IReadOnlyDictionary<string, object>)header.Select((h, i) => (h, (object)r[i])).ToDictionary(x => x.h, x => x.Item2)).ToList();
        if (sheet.Count == 0)
            sheet.Add(header.ToDictionary(h => h, _ => (object)""));
        return File(ResourceSheet.Xlsx(sheet, name.Length > 31 ? name[..31] : name), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }

    public static string Rate(double? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Hours(double hours) => hours.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The period asked for (China dates), this month by default; at most a year.</summary>
    private (DateOnly From, DateOnly To, string? Problem) Period(string? from, string? to)
    {
        var today = ChinaTime.Today(clock);
        var first = ResourceInput.ParseDate(from) ?? new DateOnly(today.Year, today.Month, 1);
        var last = ResourceInput.ParseDate(to) ?? first.AddMonths(1).AddDays(-1);
        if (last < first)
            return (first, first.AddMonths(1).AddDays(-1), "统计期间的结束日期早于开始日期，已改为开始日期起一个月。");
        if (last.DayNumber - first.DayNumber > 366)
            return (first, first.AddYears(1).AddDays(-1), "统计期间最长一年，已截至开始日期起一年。");
        return (first, last, null);
    }
}

internal sealed record ReportsPage(
    IReadOnlyList<CountRow> Counts,
    IReadOnlyList<Portal.Activities.Contracts.PlatformInfo> Platforms,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<UtilizationRow> ByResource,
    IReadOnlyList<UtilizationRow> ByUnit,
    IReadOnlyList<ExpiringRow> Expiring);

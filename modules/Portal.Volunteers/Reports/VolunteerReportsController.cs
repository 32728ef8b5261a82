using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Security;
using Portal.Abstractions.Display;

namespace Portal.Volunteers.Reports;

/// <summary>时长统计: approved hours by unit, team and month for a period, on screen and as .xlsx / .csv.</summary>
[RequirePermission(nameof(Permissions.ViewVolunteerReports))]
[Route(Prefix)]
internal sealed class VolunteerReportsController(HoursReportBuilder reports, ICsvFiles csv, TimeProvider clock) : Controller
{
    public const string Prefix = "admin/volunteers/reports";
    public const string IndexRoute = "Volunteers.Reports";

    [HttpGet("", Name = IndexRoute)]
    public async Task<IActionResult> Index(string? from, string? to, CancellationToken cancellationToken)
    {
        var (period, error) = ReadPeriod(from, to);
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new ReportPage(from ?? "", to ?? "", error, null));
        }
        var report = await reports.BuildAsync(User, period.From, period.To, cancellationToken);
        return View(new ReportPage(Iso(period.From), Iso(period.To), null, report));
    }

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> Xlsx(string? from, string? to, CancellationToken cancellationToken)
    {
        var (period, error) = ReadPeriod(from, to);
        if (error is not null)
            return BadRequest(error);
        var report = await reports.BuildAsync(User, period.From, period.To, cancellationToken);
        return File(HoursReportExport.Xlsx(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName(period, "xlsx"));
    }

    [HttpGet("export.csv")]
    public async Task<IActionResult> Csv(string? from, string? to, CancellationToken cancellationToken)
    {
        var (period, error) = ReadPeriod(from, to);
        if (error is not null)
            return BadRequest(error);
        var report = await reports.BuildAsync(User, period.From, period.To, cancellationToken);
        return File(HoursReportExport.Csv(report, csv), ICsvFiles.ContentType, FileName(period, "csv"));
    }

    /// <summary>The period asked for; the current year up to today when nothing is given.</summary>
    private ((DateOnly From, DateOnly To) Period, string? Error) ReadPeriod(string? from, string? to)
    {
        var today = ChinaTime.Today(clock);
        DateOnly start = new(today.Year, 1, 1), end = today;
        if (!string.IsNullOrWhiteSpace(from) && !DateOnly.TryParseExact(from.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
            return (default, $"起始日期 “{from.Trim()}” 不是有效日期，请按 年-月-日 填写。");
        if (!string.IsNullOrWhiteSpace(to) && !DateOnly.TryParseExact(to.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out end))
            return (default, $"截止日期 “{to.Trim()}” 不是有效日期，请按 年-月-日 填写。");
        if (start > end)
            return (default, "起始日期不能晚于截止日期。");
        return ((start, end), null);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string FileName((DateOnly From, DateOnly To) period, string extension)
        => $"志愿服务时长统计_{Iso(period.From)}_{Iso(period.To)}.{extension}";
}

internal sealed record ReportPage(string From, string To, string? Error, HoursReport? Report);

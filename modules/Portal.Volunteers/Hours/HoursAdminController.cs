using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Hours;

internal sealed record HoursAdminRow(HoursEntry Entry, string VolunteerNumber, string MaskedName);

internal sealed record HoursIndexPage(IReadOnlyList<HoursAdminRow> Rows, HoursStatus? Status, string? Number, int Total);

internal sealed record HoursTotalsLine(string Label, decimal Hours);

internal sealed record HoursEntryPage(
    HoursEntry Entry,
    Volunteer Volunteer,
    HoursEntry? Reversal,
    HoursEntry? Reversed,
    IReadOnlyList<HoursTotalsLine> Totals,
    int Stars,
    IReadOnlyList<StarAward> Awards,
    string? Error);

/// <summary>Staff approve claims (补录), decline them with a reason and correct approved entries, for the volunteers of their units only.</summary>
[RequirePermission(nameof(Permissions.ApproveServiceHours))]
[Route("admin/volunteers/hours")]
internal sealed class HoursAdminController(
    VolunteersDbContext db,
    VolunteerAccess access,
    HoursLedger ledger,
    HoursTotals totals,
    StarLevels stars) : Controller
{
    public const int PageSize = 100;

    [HttpGet("", Name = HoursRoutes.Admin)]
    public async Task<IActionResult> Index(string? status, string? number, CancellationToken cancellationToken)
    {
        HoursStatus? filter = status switch
        {
            "all" => null,
            "approved" => HoursStatus.Approved,
            "declined" => HoursStatus.Declined,
            _ => HoursStatus.Pending,
        };
        var visible = await access.VisibleAsync(User, cancellationToken);
        if (!string.IsNullOrWhiteSpace(number))
        {
            var wanted = number.Trim();
            visible = visible.Where(v => v.Number == wanted);
        }
        var query = db.HoursEntries.AsNoTracking()
            .Join(visible, e => e.VolunteerId, v => v.Id, (e, v) => new { Entry = e, v.Number, v.RealName });
        if (filter is not null)
            query = query.Where(x => x.Entry.Status == filter);
        var total = await query.CountAsync(cancellationToken);
        var rows = await (filter == HoursStatus.Pending ? query.OrderBy(x => x.Entry.Id) : query.OrderByDescending(x => x.Entry.Id))
            .Take(PageSize).ToListAsync(cancellationToken);
        return View(new HoursIndexPage(rows.Select(x => new HoursAdminRow(x.Entry, x.Number, PersonalDataMask.Name(x.RealName))).ToList(),
            filter, number, total));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Entry(long id, CancellationToken cancellationToken)
    {
        var page = await LoadAsync(id, null, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("{id:long}/approve")]
    public async Task<IActionResult> Approve(long id, CancellationToken cancellationToken)
    {
        var result = await ledger.ApproveAsync(User, id, cancellationToken);
        return Done(id, result, $"已通过 {result.Entry?.Hours:0.##} 小时的补录。");
    }

    [HttpPost("{id:long}/decline")]
    public async Task<IActionResult> Decline(long id, string? reason, CancellationToken cancellationToken)
    {
        var result = await ledger.DeclineAsync(User, id, reason, cancellationToken);
        return result.Succeeded || result.Missing ? Done(id, result, "已标记为不通过，志愿者会看到原因。") : await ShowErrorAsync(id, result.Error!, cancellationToken);
    }

    [HttpPost("{id:long}/reverse")]
    public async Task<IActionResult> Reverse(long id, string? hours, string? reason, CancellationToken cancellationToken)
    {
        var result = await ledger.ReverseAsync(User, id, hours, reason, cancellationToken);
        return result.Succeeded || result.Missing ? Done(id, result, $"已更正：扣减 {-result.Entry?.Hours:0.##} 小时。") : await ShowErrorAsync(id, result.Error!, cancellationToken);
    }

    private IActionResult Done(long id, LedgerResult result, string success)
    {
        if (result.Missing)
            return NotFound();
        TempData[result.Succeeded ? "Success" : "Error"] = result.Error ?? success;
        return RedirectToAction(nameof(Entry), new { id });
    }

    private async Task<IActionResult> ShowErrorAsync(long id, string error, CancellationToken cancellationToken)
    {
        var page = await LoadAsync(id, error, cancellationToken);
        if (page is null)
            return NotFound();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Entry), page);
    }

    private async Task<HoursEntryPage?> LoadAsync(long id, string? error, CancellationToken cancellationToken)
    {
        var entry = await db.HoursEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        var volunteer = entry is null ? null : await access.FindAsync(User, entry.VolunteerId, cancellationToken);
        if (entry is null || volunteer is null)
            return null;
        var reversal = await db.HoursEntries.AsNoTracking().FirstOrDefaultAsync(e => e.ReversesId == entry.Id, cancellationToken);
        var reversed = entry.ReversesId is { } reversesId ? await db.HoursEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == reversesId, cancellationToken) : null;
        var today = ledger.Today;
        var periods = new (string Label, HoursPeriod Period)[]
        {
            ($"{today:yyyy 年 M 月}", HoursPeriod.Month(today.Year, today.Month)),
            ($"{today.Year} 年第 {(today.Month - 1) / 3 + 1} 季度", HoursPeriod.Quarter(today.Year, (today.Month - 1) / 3 + 1)),
            ($"{today.Year} 年", HoursPeriod.Year(today.Year)),
            ("累计", HoursPeriod.All),
        };
        var lines = new List<HoursTotalsLine>();
        foreach (var (label, period) in periods)
            lines.Add(new HoursTotalsLine(label, await totals.ApprovedAsync(volunteer.Id, period, cancellationToken)));
        var awards = await db.StarAwards.AsNoTracking().Where(a => a.VolunteerId == volunteer.Id).OrderBy(a => a.Stars).ToListAsync(cancellationToken);
        var current = StarLevels.StarsFor(lines[^1].Hours, await stars.ThresholdsAsync(cancellationToken));
        return new HoursEntryPage(entry, volunteer, reversal, reversed, lines, current, awards, error);
    }
}

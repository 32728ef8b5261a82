using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Needs.Data;
using Portal.Needs.Models;
using Portal.Needs.Services;
using Portal.Organization.Contracts;
using Portal.Volunteers.Contracts;

namespace Portal.Needs.Admin;

/// <summary>
/// Needs in the admin. Staff see the needs of their units (where the need is, or where it was dispatched) and those
/// published for taking; a need outside that answers 404, so staff learn nothing about it. Reviewing and dispatching
/// (审单、派单) also need ReviewNeeds and the need's own unit in scope; accepting, refusing and finishing need the
/// station it was dispatched to.
/// </summary>
[RequirePermission(nameof(Permissions.ServeNeeds))]
[Route("admin/needs")]
internal sealed class NeedsAdminController(
    NeedService needs,
    IPersonalDataReads personalData,
    NeedsDbContext db,
    IUnitScope scope,
    IUnitDirectory units,
    IAuthorizationService authorization,
    TimeProvider clock) : Controller
{
    [HttpGet("", Name = NeedRoutes.AdminList)]
    public async Task<IActionResult> Index(NeedStatus? status, bool overdue, CancellationToken cancellationToken)
    {
        var mine = await scope.GetScopeAsync(User, cancellationToken);
        var names = (await units.GetTreeAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var query = db.Needs.AsNoTracking().Where(n => mine.All || mine.UnitIds.Contains(n.UnitId)
            || (n.AssignedUnitId != null && mine.UnitIds.Contains(n.AssignedUnitId.Value)) || n.Status == NeedStatus.Published);
        if (status is { } wanted)
            query = query.Where(n => n.Status == wanted);
        var list = await query.OrderByDescending(n => n.CreatedUtc).ThenByDescending(n => n.Id).Take(300).ToListAsync(cancellationToken);
        var lists = await needs.SettingsAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = list.Select(n => new NeedRow(n, names.GetValueOrDefault(n.UnitId, ""),
                n.AssignedUnitId is { } a ? names.GetValueOrDefault(a, "") : "", NeedDeadlines.IsOverdue(n, lists, now)))
            .Where(r => !overdue || r.Overdue).ToList();
        return View(new NeedIndexPage(rows, status, overdue));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Detail(int id, CancellationToken cancellationToken)
        => await FindVisibleAsync(id, cancellationToken) is { } need ? View(await DetailPageAsync(need, cancellationToken)) : NotFound();

    [HttpPost("{id:int}/review")]
    [RequirePermission(nameof(Permissions.ReviewNeeds))]
    public Task<IActionResult> Review(int id, bool approve, string? reason, CancellationToken cancellationToken)
        => CenterActAsync(id, () => needs.ReviewAsync(id, approve, reason, Actor, cancellationToken), approve ? "已受理，请派单或发布抢单。" : "已不予受理，点单人会看到原因。",
            cancellationToken);

    [HttpPost("{id:int}/dispatch")]
    [RequirePermission(nameof(Permissions.ReviewNeeds))]
    public Task<IActionResult> Dispatch(int id, int? unitId, int? teamId, CancellationToken cancellationToken)
        => CenterActAsync(id, () => teamId is { } team
            ? needs.DispatchToTeamAsync(id, team, Actor, cancellationToken)
            : needs.DispatchAsync(id, unitId ?? 0, Actor, cancellationToken), "已派单，等待接单。", cancellationToken);

    [HttpPost("{id:int}/publish")]
    [RequirePermission(nameof(Permissions.ReviewNeeds))]
    public Task<IActionResult> Publish(int id, CancellationToken cancellationToken)
        => CenterActAsync(id, () => needs.PublishAsync(id, Actor, cancellationToken), "已发布抢单，各站点可以抢单。", cancellationToken);

    /// <summary>抢单 for one of the user's own units.</summary>
    [HttpPost("{id:int}/take")]
    public async Task<IActionResult> Take(int id, int unitId, CancellationToken cancellationToken)
    {
        if (await FindVisibleAsync(id, cancellationToken) is null)
            return NotFound();
        if (!await scope.CanActOnAsync(User, unitId, cancellationToken))
            return Forbid();
        return Done(id, await needs.TakeAsync(id, unitId, Actor, cancellationToken), "抢单成功，请接单并安排服务。");
    }

    [HttpPost("{id:int}/accept")]
    public Task<IActionResult> Accept(int id, string? kind, string? link, string? note, CancellationToken cancellationToken)
        => StationActAsync(id, () => needs.AcceptAsync(id, kind, link, note, Actor, cancellationToken), "已接单。", cancellationToken);

    [HttpPost("{id:int}/refuse")]
    public Task<IActionResult> Refuse(int id, string? reason, CancellationToken cancellationToken)
        => StationActAsync(id, () => needs.RefuseAsync(id, reason, Actor, cancellationToken), "已拒单，退回中心重新派单。", cancellationToken);

    [HttpPost("{id:int}/complete")]
    public Task<IActionResult> Complete(int id, CancellationToken cancellationToken)
        => StationActAsync(id, () => needs.CompleteAsync(id, Actor, cancellationToken), "已标记为服务完成，点单人现在可以评价。", cancellationToken);

    /// <summary>The contact's full name and phone; a POST, because each read writes its audit row.</summary>
    [HttpPost("{id:int}/contact")]
    [RequirePermission(nameof(Permissions.ReadNeedContact))]
    public async Task<IActionResult> Contact(int id, CancellationToken cancellationToken)
    {
        var need = await needs.FindAsync(id, cancellationToken);
        if (need is null || !await InScopeAsync(need, cancellationToken))
            return NotFound();
        if (await personalData.ReadAsync(User, NeedPersonalData.Request(need), cancellationToken) is not { } shown)
            return Forbid();
        Response.Headers.CacheControl = "no-store";
        return View(PersonalDataPage.View, NeedPersonalData.Page(need, shown));
    }

    private string Actor => User.Identity?.Name ?? "";

    private async Task<IActionResult> CenterActAsync(int id, Func<Task<string?>> act, string success, CancellationToken cancellationToken)
    {
        var need = await needs.FindAsync(id, cancellationToken);
        if (need is null || !await scope.CanActOnAsync(User, need.UnitId, cancellationToken))
            return NotFound();
        return Done(id, await act(), success);
    }

    private async Task<IActionResult> StationActAsync(int id, Func<Task<string?>> act, string success, CancellationToken cancellationToken)
    {
        var need = await needs.FindAsync(id, cancellationToken);
        if (need?.AssignedUnitId is not { } assigned || !await scope.CanActOnAsync(User, assigned, cancellationToken))
            return NotFound();
        return Done(id, await act(), success);
    }

    private RedirectToActionResult Done(int id, string? problem, string success)
    {
        TempData[problem is null ? "Success" : "Error"] = problem ?? success;
        return RedirectToAction(nameof(Detail), new { id });
    }

    /// <summary>Whether the need is where the user works: its own unit or the unit it was dispatched to.</summary>
    private async Task<bool> InScopeAsync(Need need, CancellationToken cancellationToken)
        => await scope.CanActOnAsync(User, need.UnitId, cancellationToken)
           || need.AssignedUnitId is { } assigned && await scope.CanActOnAsync(User, assigned, cancellationToken);

    /// <summary>The need, or null when there is none or the user may not see it (outside their units and not open for taking).</summary>
    private async Task<Need?> FindVisibleAsync(int id, CancellationToken cancellationToken)
    {
        var need = await needs.FindAsync(id, cancellationToken);
        return need is not null && (need.Status == NeedStatus.Published || await InScopeAsync(need, cancellationToken)) ? need : null;
    }

    private async Task<NeedDetailPage> DetailPageAsync(Need need, CancellationToken cancellationToken)
    {
        var tree = await units.GetTreeAsync(cancellationToken);
        var mine = await scope.GetScopeAsync(User, cancellationToken);
        var center = await authorization.AuthorizeAsync(User, Permissions.ReviewNeeds) && mine.Contains(need.UnitId);
        var station = need.AssignedUnitId is { } assigned && mine.Contains(assigned);
        return new NeedDetailPage(
            need,
            tree.FirstOrDefault(u => u.Id == need.UnitId)?.Name ?? "",
            tree.FirstOrDefault(u => u.Id == need.AssignedUnitId)?.Name ?? "",
            await needs.HistoryAsync(need.Id, cancellationToken),
            NeedDeadlines.IsOverdue(need, await needs.SettingsAsync(cancellationToken), clock.GetUtcNow().UtcDateTime),
            center,
            station,
            tree.Where(u => u.Kind is UnitKind.Station or UnitKind.Institute).ToList(),
            tree.Where(u => u.Kind == UnitKind.Station && mine.Contains(u.Id)).ToList(),
            center && need.Status == NeedStatus.Approved && needs.Teams is { } teams ? await teams.ListAsync(cancellationToken) : [],
            await authorization.AuthorizeAsync(User, Permissions.ReadNeedContact) && await InScopeAsync(need, cancellationToken),
            new PersonalDataReadList("联系方式查看记录",
                await personalData.ListAsync(NeedPersonalData.Kind, NeedPersonalData.Id(need.Id), 50, cancellationToken), NeedPersonalData.Labels));
    }
}

internal sealed record NeedRow(Need Need, string UnitName, string AssignedName, bool Overdue);

internal sealed record NeedIndexPage(IReadOnlyList<NeedRow> Rows, NeedStatus? Status, bool Overdue);

internal sealed record NeedDetailPage(
    Need Need,
    string UnitName,
    string AssignedName,
    IReadOnlyList<NeedStep> History,
    bool Overdue,
    bool CanReview,
    bool CanServe,
    IReadOnlyList<UnitInfo> DispatchTargets,
    IReadOnlyList<UnitInfo> MyStations,
    IReadOnlyList<TeamInfo> DispatchTeams,
    bool CanReadContact,
    PersonalDataReadList ContactReads);

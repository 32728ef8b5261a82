using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Abstractions.Users;
using Portal.Organization.Contracts;
using Portal.Volunteers.Models;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Registration;

/// <summary>
/// Staff review registrations of their units: the list (masked personal data only), a volunteer's page, approve or
/// reject with a reason, and the audited full read for holders of ReadVolunteerPersonalData. Outside the user's units a
/// volunteer does not exist (404).
/// </summary>
[RequirePermission(nameof(Permissions.ManageVolunteers))]
[Route("admin/volunteers")]
internal sealed class VolunteersAdminController(
    VolunteerAccess access,
    VolunteerReview review,
    IPersonalDataReads personalData,
    IUnitDirectory units,
    IUnitScope scope,
    IUserDirectory users,
    IAuthorizationService authorization) : Controller
{
    public const int PageSize = 50;

    [HttpGet("", Name = RegistrationRoutes.AdminList)]
    public async Task<IActionResult> Index(string? status, int? unit, string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var tree = await units.GetTreeAsync(cancellationToken);
        var mine = await scope.GetScopeAsync(User, cancellationToken);
        var query = await access.VisibleAsync(User, cancellationToken);

        VolunteerStatus? statusFilter = Enum.TryParse<VolunteerStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(status, out _)
            ? s : null;
        if (statusFilter is { } st)
            query = query.Where(v => v.Status == st);
        if (unit is { } unitId && mine.Contains(unitId))
        {
            var below = tree.UnitAndBelow(unitId).ToList();
            query = query.Where(v => below.Contains(v.UnitId));
        }
        var search = (q ?? "").Trim();
        if (search.Length > 0)
            query = query.Where(v => v.RealName.Contains(search) || v.Number.Contains(search.ToUpper()));

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query.OrderByDescending(v => v.RegisteredUtc).ThenByDescending(v => v.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).AsNoTracking().ToListAsync(cancellationToken);

        var names = tree.ToDictionary(u => u.Id, u => u.Name);
        var unitChoices = RegisterPage.UnitChoices(tree.Where(u => mine.Contains(u.Id)).ToList(), unit?.ToString() ?? "");
        return View(new VolunteerListPage(rows, names, unitChoices, statusFilter, unit, search, total, page, pageCount));
    }

    [HttpGet("{id:int}", Name = RegistrationRoutes.AdminDetails)]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var volunteer = await access.FindAsync(User, id, cancellationToken);
        if (volunteer is null)
            return NotFound();
        return View(await DetailsPageAsync(volunteer, cancellationToken));
    }

    [HttpPost("{id:int}/approve")]
    public Task<IActionResult> Approve(int id, string? version, CancellationToken cancellationToken)
        => DecideAsync(id, approve: true, reason: null, version, cancellationToken);

    [HttpPost("{id:int}/reject")]
    public Task<IActionResult> Reject(int id, string? reason, string? version, CancellationToken cancellationToken)
        => DecideAsync(id, approve: false, reason, version, cancellationToken);

    /// <summary>The full ID number, mobile, address and emergency phone; a POST, because each read writes its audit row.</summary>
    [HttpPost("{id:int}/personal-data")]
    [RequirePermission(nameof(Permissions.ReadVolunteerPersonalData))]
    public async Task<IActionResult> PersonalData(int id, CancellationToken cancellationToken)
    {
        var volunteer = await access.FindAsync(User, id, cancellationToken);
        if (volunteer is null)
            return NotFound();
        if (await personalData.ReadAsync(User, VolunteerPersonalData.Request(volunteer), cancellationToken) is not { } shown)
            return Forbid();
        Response.Headers.CacheControl = "no-store";
        return View(PersonalDataPage.View, VolunteerPersonalData.Page(volunteer, shown));
    }

    private async Task<IActionResult> DecideAsync(int id, bool approve, string? reason, string? version, CancellationToken cancellationToken)
    {
        var volunteer = await access.FindAsync(User, id, cancellationToken);
        if (volunteer is null)
            return NotFound();
        var problem = await review.DecideAsync(volunteer, approve, reason, version, User.Identity?.Name ?? "", cancellationToken);
        if (problem is null)
        {
            TempData["Success"] = approve ? $"已通过 {volunteer.RealName}（{volunteer.Number}）的志愿者注册。" : $"已退回 {volunteer.RealName}（{volunteer.Number}）的志愿者注册。";
            return RedirectToRoute(RegistrationRoutes.AdminDetails, new { id });
        }

        // Show the page as it is now, with the message; a stale form is answered 409, a missing reason 400.
        var stale = problem == VolunteerReview.StaleMessage;
        if (stale)
            volunteer = await access.FindAsync(User, id, cancellationToken) ?? volunteer;
        Response.StatusCode = stale ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        ModelState.AddModelError(stale || approve ? "" : "reason", problem);
        var details = await DetailsPageAsync(volunteer, cancellationToken);
        return View(nameof(Details), details with { Reason = reason ?? "" });
    }

    private async Task<VolunteerDetailsPage> DetailsPageAsync(Volunteer volunteer, CancellationToken cancellationToken)
    {
        var unit = await units.FindAsync(volunteer.UnitId, cancellationToken);
        var account = (await users.GetByIdsAsync([volunteer.UserId], cancellationToken)).GetValueOrDefault(volunteer.UserId);
        var reads = new PersonalDataReadList("完整信息查看记录",
            await personalData.ListAsync(VolunteerPersonalData.Kind, VolunteerPersonalData.Id(volunteer.Id), 100, cancellationToken), VolunteerPersonalData.Labels);
        var mayRead = await authorization.AuthorizeAsync(User, Permissions.ReadVolunteerPersonalData);
        return new VolunteerDetailsPage(volunteer, unit, account, reads, mayRead, "");
    }

}

internal sealed record VolunteerListPage(
    IReadOnlyList<Volunteer> Rows,
    IReadOnlyDictionary<int, string> UnitNames,
    IReadOnlyList<Choice> Units,
    VolunteerStatus? Status,
    int? Unit,
    string Search,
    int Total,
    int Page,
    int PageCount)
{
    public string PageUrl(int page)
        => $"/admin/volunteers?status={Status}&unit={Unit}&q={Uri.EscapeDataString(Search)}&page={page}";
}

internal sealed record VolunteerDetailsPage(
    Volunteer Volunteer,
    UnitInfo? Unit,
    UserInfo? Account,
    PersonalDataReadList Reads,
    bool MayReadPersonalData,
    string Reason);


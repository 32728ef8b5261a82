using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Activities.Attendance;
using Portal.Activities.Data;
using Portal.Activities.Matching;
using Portal.Activities.Models;
using Portal.Activities.Services;
using Portal.Organization.Contracts;
using Portal.Volunteers.Contracts;

namespace Portal.Activities.Admin;

/// <summary>
/// Activities in the admin. Staff manage the activities of their unit and the units below it; an activity outside that
/// scope answers 404, so staff learn nothing about it.
/// </summary>
[RequirePermission(nameof(Permissions.ManageActivities))]
[Route("admin/activities")]
internal sealed class ActivitiesAdminController(
    ActivityService activities,
    SignUpService signUps,
    ActivitiesDbContext db,
    IUnitScope scope,
    IUnitDirectory units,
    IVolunteerDirectory volunteers,
    AttendanceService attendance,
    CheckInCode checkInCode,
    VolunteerMatcher matcher,
    InvitationService invitations) : Controller
{
    [HttpGet("", Name = ActivityRoutes.AdminList)]
    public async Task<IActionResult> Index(ActivityStatus? status, CancellationToken cancellationToken)
    {
        var mine = await scope.GetScopeAsync(User, cancellationToken);
        var names = (await units.GetTreeAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var query = db.Activities.AsNoTracking().Where(a => mine.All || mine.UnitIds.Contains(a.UnitId));
        if (status is { } wanted)
            query = query.Where(a => a.Status == wanted);
        var list = await query.OrderByDescending(a => a.StartsUtc).Take(200).ToListAsync(cancellationToken);
        var ids = list.Select(a => a.Id).ToList();
        var counts = await CountsAsync(ids, cancellationToken);
        var rows = list.Select(a => new ActivityRow(a, names.GetValueOrDefault(a.UnitId, ""), counts.GetValueOrDefault((a.Id, SignUpStatus.Confirmed)),
            counts.GetValueOrDefault((a.Id, SignUpStatus.Waitlisted)))).ToList();
        return View(new ActivityIndexPage(rows, status, names.Keys.Any(mine.Contains)));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(int? projectId, CancellationToken cancellationToken)
    {
        var form = new ActivityInput { Places = "0", Platform = nameof(Platform.Culture) };
        if (projectId is { } id && await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } project
            && await scope.CanActOnAsync(User, project.UnitId, cancellationToken))
        {
            form.ProjectId = project.Id.ToString();
            form.UnitId = project.UnitId.ToString();
        }
        return View("Edit", await EditPageAsync(form, null, cancellationToken));
    }

    [HttpPost("create")]
    public async Task<IActionResult> Create(ActivityInput form, CancellationToken cancellationToken)
    {
        if (int.TryParse(form.UnitId, out var unitId) && !await scope.CanActOnAsync(User, unitId, cancellationToken))
            return Forbid();
        var result = await activities.CreateAsync(form, cancellationToken);
        if (!result.Succeeded)
            return await Invalid(form, null, result.Errors, cancellationToken);
        TempData["Success"] = $"已新建活动 “{result.Activity!.Title}”（草稿）。发布招募后，公众才能看到并报名。";
        return RedirectToAction(nameof(Edit), new { id = result.Activity.Id });
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
        => await FindMineAsync(id, cancellationToken) is { } activity
            ? View(await EditPageAsync(ActivityInput.From(activity), activity, cancellationToken))
            : NotFound();

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, ActivityInput form, CancellationToken cancellationToken)
    {
        if (await FindMineAsync(id, cancellationToken) is not { } activity)
            return NotFound();
        var result = await activities.UpdateAsync(id, form, cancellationToken);
        if (!result.Succeeded)
            return await Invalid(form, activity, result.Errors, cancellationToken);
        TempData["Success"] = $"已保存活动 “{result.Activity!.Title}”。";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id:int}/status")]
    public async Task<IActionResult> Status(int id, ActivityStatus status, CancellationToken cancellationToken)
    {
        if (await FindMineAsync(id, cancellationToken) is null)
            return NotFound();
        var problem = await activities.ChangeStatusAsync(id, status, cancellationToken);
        TempData[problem is null ? "Success" : "Error"] = problem ?? $"活动已改为“{status.ToChinese()}”。";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet("{id:int}/signups")]
    public async Task<IActionResult> SignUps(int id, CancellationToken cancellationToken)
    {
        if (await FindMineAsync(id, cancellationToken) is not { } activity)
            return NotFound();
        var list = await db.SignUps.AsNoTracking().Where(s => s.ActivityId == id)
            .OrderBy(s => s.Status).ThenBy(s => s.Sequence).ToListAsync(cancellationToken);
        var found = await volunteers.FindManyAsync(list.Select(s => s.VolunteerId), cancellationToken);
        var rows = list.Select(signUp => found.GetValueOrDefault(signUp.VolunteerId) is { } volunteer
                ? new SignUpRow(signUp, volunteer.Number, volunteer.MaskedName)
                : new SignUpRow(signUp, "", "（已删除）"))
            .ToList();
        return View(new SignUpsPage(activity, rows, AttendanceService.Cap(activity)));
    }

    [HttpPost("{id:int}/signups/{volunteerId:int}/cancel")]
    public async Task<IActionResult> CancelSignUp(int id, int volunteerId, CancellationToken cancellationToken)
    {
        if (await FindMineAsync(id, cancellationToken) is null)
            return NotFound();
        var result = await signUps.CancelAsync(volunteerId, id, byStaff: true, cancellationToken);
        TempData[result.Succeeded ? "Success" : "Error"] = result.Error
            ?? (result.PromotedVolunteerId is null ? "已取消该志愿者的报名。" : "已取消该志愿者的报名，候补第一位已递补为报名成功。");
        return RedirectToAction(nameof(SignUps), new { id });
    }

    /// <summary>精准对接: approved volunteers not yet signed up, ranked by fit, each score explained; and the invitations sent.</summary>
    [HttpGet("{id:int}/matching")]
    public async Task<IActionResult> Matching(int id, CancellationToken cancellationToken)
    {
        if (await FindMineAsync(id, cancellationToken) is not { } activity)
            return NotFound();
        var sent = await db.Invitations.AsNoTracking().Where(i => i.ActivityId == id).OrderByDescending(i => i.InvitedUtc).ToListAsync(cancellationToken);
        var found = await volunteers.FindManyAsync(sent.Select(i => i.VolunteerId), cancellationToken);
        var rows = sent.Select(invitation => found.GetValueOrDefault(invitation.VolunteerId) is { } volunteer
                ? new InvitationRow(invitation, volunteer.Number, volunteer.MaskedName)
                : new InvitationRow(invitation, "", "（已删除）"))
            .ToList();
        return View(new MatchingPage(activity, await matcher.RankAsync(activity, 50, cancellationToken), rows));
    }

    /// <summary>Invites the volunteers ticked on the matching page; each finds the invitation on "我的".</summary>
    [HttpPost("{id:int}/invite")]
    public async Task<IActionResult> Invite(int id, int[] volunteerIds, CancellationToken cancellationToken)
    {
        if (await FindMineAsync(id, cancellationToken) is not { } activity)
            return NotFound();
        var result = await invitations.InviteAsync(activity, volunteerIds, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", cancellationToken);
        TempData[result.Error is null ? "Success" : "Error"] = result.Error
            ?? $"已邀请 {result.Invited} 位志愿者，他们会在“我的志愿服务”中看到邀请并回复。"
               + (result.Skipped > 0 ? $"另有 {result.Skipped} 位已报名、已邀请过或未通过审核，没有再邀请。" : "");
        return RedirectToAction(nameof(Matching), new { id });
    }

    /// <summary>The check-in QR code to show on a screen or print at the door, with the window it works in.</summary>
    [HttpGet("{id:int}/checkin-code")]
    public async Task<IActionResult> CheckInCode(int id, CancellationToken cancellationToken)
    {
        if (await FindMineAsync(id, cancellationToken) is not { } activity)
            return NotFound();
        var address = checkInCode.Address(id);
        return View(new CheckInCodePage(activity, address, Portal.Activities.Attendance.CheckInCode.Svg(address), CheckInWindow.Describe(activity)));
    }

    /// <summary>Staff record attendance by hand: 签到, 签退, 缺席, or hours within the activity's length.</summary>
    [HttpPost("{id:int}/signups/{volunteerId:int}/attendance")]
    public async Task<IActionResult> Attendance(int id, int volunteerId, string? step, string? hours, CancellationToken cancellationToken)
    {
        if (await FindMineAsync(id, cancellationToken) is null)
            return NotFound();
        var result = step switch
        {
            "checkin" => await attendance.StaffCheckInAsync(id, volunteerId, cancellationToken),
            "checkout" => await attendance.StaffCheckOutAsync(id, volunteerId, cancellationToken),
            "noshow" => await attendance.MarkNoShowAsync(id, volunteerId, cancellationToken),
            "hours" => await attendance.SetHoursAsync(id, volunteerId, hours, cancellationToken),
            _ => AttendanceResult.Fail("未知的操作。"),
        };
        TempData[result.Succeeded ? "Success" : "Error"] = result.Error ?? result.Done;
        return RedirectToAction(nameof(SignUps), new { id });
    }

    /// <summary>The activity, or null when there is none or it belongs to a unit outside the user's scope.</summary>
    private async Task<Activity?> FindMineAsync(int id, CancellationToken cancellationToken)
    {
        var activity = await activities.FindAsync(id, cancellationToken);
        return activity is not null && await scope.CanActOnAsync(User, activity.UnitId, cancellationToken) ? activity : null;
    }

    private async Task<Dictionary<(int, SignUpStatus), int>> CountsAsync(List<int> ids, CancellationToken cancellationToken)
        => (await db.SignUps.AsNoTracking().Where(s => ids.Contains(s.ActivityId) && s.Status != SignUpStatus.Cancelled)
                .GroupBy(s => new { s.ActivityId, s.Status }).Select(g => new { g.Key.ActivityId, g.Key.Status, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToDictionary(c => (c.ActivityId, c.Status), c => c.Count);

    private async Task<IActionResult> Invalid(ActivityInput form, Activity? activity, IReadOnlyDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        foreach (var (field, message) in errors)
            ModelState.AddModelError(field, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", await EditPageAsync(form, activity, cancellationToken));
    }

    private async Task<ActivityEditPage> EditPageAsync(ActivityInput form, Activity? activity, CancellationToken cancellationToken)
    {
        var mine = await scope.GetScopeAsync(User, cancellationToken);
        var tree = await units.GetTreeAsync(cancellationToken);
        var usable = tree.Where(u => mine.Contains(u.Id)).ToList();
        var usableIds = usable.Select(u => u.Id).ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => usableIds.Contains(p.UnitId)).OrderBy(p => p.Title).ToListAsync(cancellationToken);
        var counts = activity is null ? [] : await CountsAsync([activity.Id], cancellationToken);
        return new ActivityEditPage(form, activity, usable, projects, await activities.SettingsAsync(cancellationToken),
            tree.FirstOrDefault(u => u.Id == activity?.UnitId)?.Name ?? "",
            activity is null ? [] : ActivityService.NextStatuses(activity.Status),
            counts.GetValueOrDefault((activity?.Id ?? 0, SignUpStatus.Confirmed)), counts.GetValueOrDefault((activity?.Id ?? 0, SignUpStatus.Waitlisted)));
    }
}

internal sealed record ActivityRow(Activity Activity, string UnitName, int Confirmed, int Waitlisted);

internal sealed record ActivityIndexPage(IReadOnlyList<ActivityRow> Rows, ActivityStatus? Status, bool HasUnits);

internal sealed record ActivityEditPage(
    ActivityInput Form,
    Activity? Activity,
    IReadOnlyList<UnitInfo> Units,
    IReadOnlyList<Project> Projects,
    ActivitySettings Lists,
    string UnitName,
    IReadOnlyList<ActivityStatus> NextStatuses,
    int Confirmed,
    int Waitlisted);

internal sealed record SignUpRow(SignUp SignUp, string Number, string MaskedName);

internal sealed record SignUpsPage(Activity Activity, IReadOnlyList<SignUpRow> Rows, decimal HoursCap);

internal sealed record MatchingPage(Activity Activity, IReadOnlyList<MatchCandidate> Candidates, IReadOnlyList<InvitationRow> Invitations)
{
    public bool Invited(int volunteerId) => Invitations.Any(i => i.Invitation.VolunteerId == volunteerId);
}

internal sealed record InvitationRow(Invitation Invitation, string Number, string MaskedName);

internal sealed record CheckInCodePage(Activity Activity, string Address, string Svg, string Window);

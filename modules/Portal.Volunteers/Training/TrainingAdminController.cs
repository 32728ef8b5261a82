using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Display;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Training;

/// <summary>
/// Training in the admin: courses and what they are required for, sessions with attendance and results, and
/// completion records per volunteer. Courses and volunteers outside the user's units answer 404 or "not found".
/// </summary>
[RequirePermission(nameof(Permissions.ManageTraining))]
[Route("admin/volunteers/training")]
internal sealed class TrainingAdminController(
    TrainingService training,
    VolunteersDbContext db,
    VolunteerAccess access,
    IUnitScope scope,
    IUnitDirectory units) : Controller
{
    [HttpGet("", Name = TrainingRoutes.AdminTraining)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var courses = await training.UsableCoursesAsync(User, cancellationToken);
        var ids = courses.Select(c => c.Id).ToList();
        var requirements = await db.CourseRequirements.AsNoTracking().Where(r => ids.Contains(r.CourseId))
            .GroupBy(r => r.CourseId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var sessions = await db.TrainingSessions.AsNoTracking().Where(s => ids.Contains(s.CourseId))
            .GroupBy(s => s.CourseId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var names = (await units.GetTreeAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var rows = new List<CourseRow>();
        foreach (var course in courses)
        {
            rows.Add(new CourseRow(course, course.UnitId is { } u ? names.GetValueOrDefault(u, "") : "全县通用",
                await training.CanManageAsync(User, course, cancellationToken), requirements.GetValueOrDefault(course.Id), sessions.GetValueOrDefault(course.Id)));
        }
        var mine = await scope.GetScopeAsync(User, cancellationToken);
        return View(new TrainingIndexPage(rows, mine.All || mine.UnitIds.Count > 0));
    }

    [HttpGet("courses/create")]
    public async Task<IActionResult> CreateCourse(CancellationToken cancellationToken)
        => View("Course", await CoursePageAsync(new CourseForm { Kind = "通用培训", Hours = 2 }, cancellationToken));

    [HttpPost("courses/create")]
    public async Task<IActionResult> CreateCourse(CourseForm form, CancellationToken cancellationToken)
    {
        form.Id = null;
        var result = await training.CreateCourseAsync(User, form.ToInput(), cancellationToken);
        if (!result.Succeeded)
            return await InvalidCourse(form, result, cancellationToken);
        TempData["Success"] = $"已新建课程 “{form.Title!.Trim()}”。可以继续设置它的上岗要求和培训场次。";
        return RedirectToAction(nameof(Course), new { id = result.Id });
    }

    [HttpGet("courses/{id:int}")]
    public async Task<IActionResult> Course(int id, CancellationToken cancellationToken)
        => await training.FindManagedAsync(User, id, cancellationToken) is { } course
            ? View(await CoursePageAsync(CourseForm.From(course), cancellationToken))
            : NotFound();

    [HttpPost("courses/{id:int}")]
    public async Task<IActionResult> Course(int id, CourseForm form, CancellationToken cancellationToken)
    {
        if (await training.FindManagedAsync(User, id, cancellationToken) is null)
            return NotFound();
        form.Id = id;
        var result = await training.UpdateCourseAsync(User, id, form.ToInput(), cancellationToken);
        if (!result.Succeeded)
            return await InvalidCourse(form, result, cancellationToken);
        TempData["Success"] = $"已保存课程 “{form.Title!.Trim()}”。";
        return RedirectToAction(nameof(Course), new { id });
    }

    [HttpPost("courses/{id:int}/delete")]
    public async Task<IActionResult> DeleteCourse(int id, CancellationToken cancellationToken)
    {
        if (await training.FindManagedAsync(User, id, cancellationToken) is not { } course)
            return NotFound();
        var problem = await training.DeleteCourseAsync(id, cancellationToken);
        TempData[problem is null ? "Success" : "Error"] = problem ?? $"已删除课程 “{course.Title}”。";
        return problem is null ? RedirectToRoute(TrainingRoutes.AdminTraining) : RedirectToAction(nameof(Course), new { id });
    }

    [HttpPost("courses/{id:int}/requirements")]
    public async Task<IActionResult> AddRequirement(int id, RequirementTarget target, string? name, CancellationToken cancellationToken)
    {
        if (await training.FindManagedAsync(User, id, cancellationToken) is null)
            return NotFound();
        var problem = await training.AddRequirementAsync(id, target, name, cancellationToken);
        TempData[problem is null ? "Success" : "Error"] = problem ?? $"已设置：{TrainingService.TargetName(target)} “{name!.Trim()}” 须先完成本课程。";
        return RedirectToAction(nameof(Course), new { id });
    }

    [HttpPost("courses/{id:int}/requirements/{requirementId:int}/remove")]
    public async Task<IActionResult> RemoveRequirement(int id, int requirementId, CancellationToken cancellationToken)
    {
        if (await training.FindManagedAsync(User, id, cancellationToken) is null)
            return NotFound();
        await training.RemoveRequirementAsync(id, requirementId, cancellationToken);
        TempData["Success"] = "已取消该要求。";
        return RedirectToAction(nameof(Course), new { id });
    }

    [HttpPost("courses/{id:int}/sessions")]
    public async Task<IActionResult> AddSession(int id, DateTime? startsAt, string? place, CancellationToken cancellationToken)
    {
        if (await training.FindManagedAsync(User, id, cancellationToken) is null)
            return NotFound();
        var result = await training.AddSessionAsync(id, startsAt, place, cancellationToken);
        if (!result.Succeeded)
        {
            TempData["Error"] = result.Message;
            return RedirectToAction(nameof(Course), new { id });
        }
        TempData["Success"] = "已安排培训场次，可在场次页签到和录入结果。";
        return RedirectToAction(nameof(Session), new { id = result.Id });
    }

    [HttpGet("sessions/{id:int}")]
    public async Task<IActionResult> Session(int id, CancellationToken cancellationToken)
    {
        if (await FindSessionAsync(id, cancellationToken) is not { } found)
            return NotFound();
        var (session, course) = found;
        var visible = await access.VisibleAsync(User, cancellationToken);
        var attendees = await db.SessionAttendance.AsNoTracking().Where(a => a.SessionId == id)
            .Join(visible, a => a.VolunteerId, v => v.Id, (a, v) => new { v.Id, v.Number, v.RealName, a.Attended })
            .OrderBy(a => a.Number)
            .ToListAsync(cancellationToken);
        var records = await db.TrainingRecords.AsNoTracking().Where(r => r.SessionId == id).ToListAsync(cancellationToken);
        var rows = attendees.Select(a =>
        {
            var record = records.FirstOrDefault(r => r.VolunteerId == a.Id);
            return new AttendeeRow(a.Id, a.Number, PersonalDataMask.Name(a.RealName), a.Attended,
                record is null ? "" : record.Passed ? "passed" : "failed", record?.CompletedOn);
        }).ToList();
        var day = DateOnly.FromDateTime(ChinaTime.FromUtc(session.StartsUtc).DateTime);
        return View(new SessionPage(course, session, rows, day > training.Today ? training.Today : day));
    }

    [HttpPost("sessions/{id:int}/attendance")]
    public async Task<IActionResult> Attendance(int id, int[]? present, string? add, CancellationToken cancellationToken)
    {
        if (await FindSessionAsync(id, cancellationToken) is null)
            return NotFound();
        var problem = await training.SaveAttendanceAsync(User, id, present ?? [], add, cancellationToken);
        TempData[problem is null ? "Success" : "Error"] = problem ?? "已保存签到。";
        return RedirectToAction(nameof(Session), new { id });
    }

    [HttpPost("sessions/{id:int}/records")]
    public async Task<IActionResult> SessionRecords(int id, DateOnly? completedOn, CancellationToken cancellationToken)
    {
        if (await FindSessionAsync(id, cancellationToken) is not { } found)
            return NotFound();
        var (session, course) = found;
        // Results come as result-{volunteerId} = passed | failed | "".
        var results = new Dictionary<int, string>();
        foreach (var (key, value) in Request.Form)
        {
            if (key.StartsWith("result-", StringComparison.Ordinal) && int.TryParse(key.AsSpan(7), out var volunteerId))
                results[volunteerId] = value.ToString();
        }
        var problem = await training.RecordSessionResultsAsync(User, session, course, results, completedOn, RecordedBy(), cancellationToken);
        TempData[problem is null ? "Success" : "Error"] = problem ?? "已保存培训结果。";
        return RedirectToAction(nameof(Session), new { id });
    }

    [HttpPost("sessions/{id:int}/delete")]
    public async Task<IActionResult> DeleteSession(int id, CancellationToken cancellationToken)
    {
        if (await FindSessionAsync(id, cancellationToken) is not { } found)
            return NotFound();
        var course = found.Course;
        var problem = await training.DeleteSessionAsync(id, cancellationToken);
        TempData[problem is null ? "Success" : "Error"] = problem ?? "已删除培训场次。";
        return problem is null ? RedirectToAction(nameof(Course), new { id = course.Id }) : RedirectToAction(nameof(Session), new { id });
    }

    [HttpGet("records")]
    public async Task<IActionResult> Records(string? number, CancellationToken cancellationToken)
        => View(await RecordsPageAsync(new RecordForm { Number = number, CompletedOn = training.Today }, cancellationToken));

    [HttpPost("records")]
    public async Task<IActionResult> Records(RecordForm form, CancellationToken cancellationToken)
    {
        var result = await training.RecordForVolunteerAsync(User, form.Number, form.CourseId, form.Passed, form.CompletedOn, RecordedBy(), cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var (field, message) in result.Errors)
                ModelState.AddModelError(field, message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(await RecordsPageAsync(form, cancellationToken));
        }
        TempData["Success"] = "已保存培训记录。";
        return RedirectToAction(nameof(Records), new { number = form.Number!.Trim() });
    }

    private string RecordedBy() => User.Identity?.Name ?? "";

    /// <summary>The session and its course, or null when the course is not one the user manages.</summary>
    private async Task<(TrainingSession Session, Course Course)?> FindSessionAsync(int id, CancellationToken cancellationToken)
    {
        var session = await db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null || await training.FindManagedAsync(User, session.CourseId, cancellationToken) is not { } course)
            return null;
        return (session, course);
    }

    private async Task<IActionResult> InvalidCourse(CourseForm form, TrainingResult result, CancellationToken cancellationToken)
    {
        foreach (var (field, message) in result.Errors)
            ModelState.AddModelError(field, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Course", await CoursePageAsync(form, cancellationToken));
    }

    private async Task<CourseEditPage> CoursePageAsync(CourseForm form, CancellationToken cancellationToken)
    {
        var mine = await scope.GetScopeAsync(User, cancellationToken);
        var tree = (await units.GetTreeAsync(cancellationToken)).Where(u => mine.Contains(u.Id)).ToList();
        var requirements = form.Id is { } id
            ? await db.CourseRequirements.AsNoTracking().Where(r => r.CourseId == id).OrderBy(r => r.Target).ThenBy(r => r.Name).ToListAsync(cancellationToken)
            : [];
        var sessions = new List<SessionRow>();
        if (form.Id is { } courseId)
        {
            var list = await db.TrainingSessions.AsNoTracking().Where(s => s.CourseId == courseId).OrderByDescending(s => s.StartsUtc).ToListAsync(cancellationToken);
            var ids = list.Select(s => s.Id).ToList();
            var attended = await db.SessionAttendance.AsNoTracking().Where(a => ids.Contains(a.SessionId) && a.Attended)
                .GroupBy(a => a.SessionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            sessions = list.Select(s => new SessionRow(s, attended.GetValueOrDefault(s.Id))).ToList();
        }
        return new CourseEditPage(form, tree, mine.All, requirements, await training.SkillsAsync(cancellationToken), sessions);
    }

    private async Task<VolunteerRecordsPage> RecordsPageAsync(RecordForm form, CancellationToken cancellationToken)
    {
        var courses = await training.UsableCoursesAsync(User, cancellationToken);
        string? label = null;
        var rows = new List<RecordRow>();
        if (!string.IsNullOrWhiteSpace(form.Number))
        {
            var number = form.Number.Trim();
            var visible = await access.VisibleAsync(User, cancellationToken);
            var volunteer = await visible.AsNoTracking().FirstOrDefaultAsync(v => v.Number == number, cancellationToken);
            if (volunteer is null)
            {
                ModelState.AddModelError("Number", $"没有找到本单位范围内编号为 {number} 的志愿者。");
            }
            else
            {
                label = $"{volunteer.Number} {PersonalDataMask.Name(volunteer.RealName)}";
                var records = await db.TrainingRecords.AsNoTracking().Where(r => r.VolunteerId == volunteer.Id)
                    .Join(db.Courses, r => r.CourseId, c => c.Id, (r, c) => new { Record = r, c.Title })
                    .ToListAsync(cancellationToken);
                var latest = records.GroupBy(r => r.Record.CourseId)
                    .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Record.CompletedOn).ThenByDescending(r => r.Record.RecordedUtc).ThenByDescending(r => r.Record.Id).First().Record.Id);
                rows = records
                    .OrderByDescending(r => r.Record.CompletedOn).ThenByDescending(r => r.Record.Id)
                    .Select(r => new RecordRow(r.Title, r.Record.Passed, r.Record.CompletedOn, r.Record.ExpiresOn, r.Record.SessionId is not null, r.Record.RecordedBy,
                        latest[r.Record.CourseId] != r.Record.Id ? "已被后续记录取代" : TrainingRule.Standing(r.Record, training.Today) switch
                        {
                            CourseStanding.Valid => "有效",
                            CourseStanding.Expired => "已过期",
                            _ => "未通过",
                        }))
                    .ToList();
            }
        }
        return new VolunteerRecordsPage(form, label, rows, courses);
    }
}

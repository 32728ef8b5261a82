using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Abstractions.Display;
using Portal.Abstractions.Settings;
using Portal.Organization.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Training;

/// <summary>What a form asks a course to be. A course without a unit is for the whole county.</summary>
internal sealed record CourseInput(string? Title, string? Kind, decimal? Hours, int? ValidityMonths, int? UnitId);

/// <summary>The problems by field name ("" for the whole form); nothing is saved when there are any.</summary>
internal sealed record TrainingResult(IReadOnlyDictionary<string, string> Errors, int? Id = null)
{
    public bool Succeeded => Errors.Count == 0;

    public static TrainingResult Ok(int? id = null) => new(new Dictionary<string, string>(), id);

    public static TrainingResult Fail(string field, string message) => new(new Dictionary<string, string> { [field] = message });

    public string Message => string.Join(" ", Errors.Values);
}

/// <summary>
/// Courses, requirements, sessions, attendance and completion records. Staff manage the courses of their unit and
/// the units below it and may record completions of those and of the courses of the units above (and county-wide
/// ones), but only for volunteers within their scope (<see cref="VolunteerAccess"/>).
/// </summary>
internal sealed class TrainingService(
    VolunteersDbContext db,
    VolunteerAccess access,
    IUnitScope scope,
    IUnitDirectory units,
    ISettingsStore settings,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    private static readonly char[] NumberSeparators = [' ', '\n', '\r', '\t', ',', '，', '、', ';', '；'];

    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<IReadOnlyList<string>> SkillsAsync(CancellationToken cancellationToken)
        => (await settings.GetAsync<VolunteerSettings>(VolunteerSettings.Key, cancellationToken) ?? new VolunteerSettings()).Skills;

    // ---- Courses ----

    /// <summary>The courses the user may change: those of units in scope; county-wide ones only for everywhere.</summary>
    public async Task<bool> CanManageAsync(ClaimsPrincipal user, Course course, CancellationToken cancellationToken)
        => course.UnitId is { } unitId
            ? await scope.CanActOnAsync(user, unitId, cancellationToken)
            : (await scope.GetScopeAsync(user, cancellationToken)).All;

    public async Task<Course?> FindManagedAsync(ClaimsPrincipal user, int courseId, CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        return course is not null && await CanManageAsync(user, course, cancellationToken) ? course : null;
    }

    /// <summary>The courses whose completions the user may record: managed ones, those of units above, county-wide ones.</summary>
    public async Task<List<Course>> UsableCoursesAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var mine = await scope.GetScopeAsync(user, cancellationToken);
        var courses = await db.Courses.AsNoTracking().OrderBy(c => c.Title).ToListAsync(cancellationToken);
        if (mine.All)
            return courses;
        var usable = (await units.GetTreeAsync(cancellationToken)).UnitsAndAbove(mine.UnitIds);
        return courses.Where(c => c.UnitId is null || usable.Contains(c.UnitId.Value)).ToList();
    }

    public Task<TrainingResult> CreateCourseAsync(ClaimsPrincipal user, CourseInput input, CancellationToken cancellationToken)
        => unitOfWork.ExecuteAsync(async ct =>
        {
            var errors = await ValidateCourseAsync(user, input, ct);
            if (errors.Count > 0)
                return new TrainingResult(errors);
            var course = new Course();
            Apply(course, input);
            db.Courses.Add(course);
            await db.SaveChangesAsync(ct);
            return TrainingResult.Ok(course.Id);
        }, cancellationToken);

    public Task<TrainingResult> UpdateCourseAsync(ClaimsPrincipal user, int courseId, CourseInput input, CancellationToken cancellationToken)
        => unitOfWork.ExecuteAsync(async ct =>
        {
            var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == courseId, ct);
            if (course is null)
                return TrainingResult.Fail("", "课程不存在。");
            var errors = await ValidateCourseAsync(user, input, ct);
            if (errors.Count > 0)
                return new TrainingResult(errors);
            Apply(course, input);
            await db.SaveChangesAsync(ct);
            return TrainingResult.Ok(course.Id);
        }, cancellationToken);

    /// <summary>Deletes a course nobody has attended or completed yet; returns the problem, or null when done.</summary>
    public Task<string?> DeleteCourseAsync(int courseId, CancellationToken cancellationToken)
        => unitOfWork.ExecuteAsync(async ct =>
        {
            var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == courseId, ct);
            if (course is null)
                return "课程不存在。";
            if (await db.TrainingRecords.AnyAsync(r => r.CourseId == courseId, ct))
                return $"“{course.Title}” 已有培训记录，不能删除。";
            if (await db.TrainingSessions.AnyAsync(s => s.CourseId == courseId, ct))
                return $"“{course.Title}” 已安排培训场次，请先删除场次。";
            await db.CourseRequirements.Where(r => r.CourseId == courseId).ExecuteDeleteAsync(ct);
            db.Courses.Remove(course);
            await db.SaveChangesAsync(ct);
            return (string?)null;
        }, cancellationToken);

    private static void Apply(Course course, CourseInput input)
    {
        course.Title = input.Title!.Trim();
        course.Kind = input.Kind!.Trim();
        course.Hours = input.Hours!.Value;
        course.ValidityMonths = input.ValidityMonths;
        course.UnitId = input.UnitId;
    }

    private async Task<Dictionary<string, string>> ValidateCourseAsync(ClaimsPrincipal user, CourseInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var title = input.Title?.Trim() ?? "";
        if (title.Length == 0 || title.Length > 100)
            errors[nameof(CourseInput.Title)] = "请填写课程名称（不超过 100 个字）。";
        var kind = input.Kind?.Trim() ?? "";
        if (kind.Length == 0 || kind.Length > 32)
            errors[nameof(CourseInput.Kind)] = "请填写培训类别（如 通用培训、专业培训、岗前培训，不超过 32 个字）。";
        if (input.Hours is not { } hours || hours <= 0 || hours > 999 || decimal.Round(hours, 2) != hours)
            errors[nameof(CourseInput.Hours)] = "学时须大于 0、不超过 999，最多两位小数。";
        if (input.ValidityMonths is { } months && (months < 1 || months > 240))
            errors[nameof(CourseInput.ValidityMonths)] = "有效期须为 1–240 个月；长期有效请留空。";
        if (input.UnitId is { } unitId)
        {
            if (await units.FindAsync(unitId, cancellationToken) is null)
                errors[nameof(CourseInput.UnitId)] = "开课单位不存在。";
            else if (!await scope.CanActOnAsync(user, unitId, cancellationToken))
                errors[nameof(CourseInput.UnitId)] = "只能为本单位及下级单位开设课程。";
        }
        else if (!(await scope.GetScopeAsync(user, cancellationToken)).All)
        {
            errors[nameof(CourseInput.UnitId)] = "请选择开课单位（全县通用课程由中心管理员设置）。";
        }
        return errors;
    }

    // ---- Requirements ----

    public Task<string?> AddRequirementAsync(int courseId, RequirementTarget target, string? name, CancellationToken cancellationToken)
        => unitOfWork.ExecuteAsync(async ct =>
        {
            var trimmed = name?.Trim() ?? "";
            if (!Enum.IsDefined(target))
                return "要求类型无效。";
            if (trimmed.Length == 0 || trimmed.Length > 32)
                return target == RequirementTarget.Skill ? "请选择技能。" : "请填写活动类别（如 理论宣讲、便民服务、应急救护，不超过 32 个字）。";
            if (target == RequirementTarget.Skill && !(await SkillsAsync(ct)).Contains(trimmed))
                return $"技能 “{trimmed}” 不在技能清单中，请先在志愿者设置中添加。";
            if (await db.CourseRequirements.AnyAsync(r => r.CourseId == courseId && r.Target == target && r.Name == trimmed, ct))
                return $"已设置过：{TargetName(target)} “{trimmed}” 须先完成本课程。";
            db.CourseRequirements.Add(new CourseRequirement { CourseId = courseId, Target = target, Name = trimmed });
            await db.SaveChangesAsync(ct);
            return (string?)null;
        }, cancellationToken);

    public async Task RemoveRequirementAsync(int courseId, int requirementId, CancellationToken cancellationToken)
        => await db.CourseRequirements.Where(r => r.Id == requirementId && r.CourseId == courseId).ExecuteDeleteAsync(cancellationToken);

    public static string TargetName(RequirementTarget target) => target == RequirementTarget.Skill ? "技能" : "活动类别";

    // ---- Sessions and attendance ----

    public Task<TrainingResult> AddSessionAsync(int courseId, DateTime? startsLocal, string? place, CancellationToken cancellationToken)
        => unitOfWork.ExecuteAsync(async ct =>
        {
            var errors = new Dictionary<string, string>();
            if (startsLocal is null || startsLocal.Value.Year < 2000 || startsLocal.Value.Year > 2100)
                errors["StartsAt"] = "请填写培训的日期和时间。";
            var trimmed = place?.Trim() ?? "";
            if (trimmed.Length == 0 || trimmed.Length > 200)
                errors["Place"] = "请填写培训地点（不超过 200 个字）。";
            if (errors.Count > 0)
                return new TrainingResult(errors);
            var session = new TrainingSession
            {
                CourseId = courseId,
                StartsUtc = DateTime.SpecifyKind(startsLocal!.Value.AddHours(-8), DateTimeKind.Utc),
                Place = trimmed,
            };
            db.TrainingSessions.Add(session);
            await db.SaveChangesAsync(ct);
            return TrainingResult.Ok(session.Id);
        }, cancellationToken);

    /// <summary>Deletes a session without attendance or records; returns the problem, or null when done.</summary>
    public Task<string?> DeleteSessionAsync(int sessionId, CancellationToken cancellationToken)
        => unitOfWork.ExecuteAsync(async ct =>
        {
            if (await db.SessionAttendance.AnyAsync(a => a.SessionId == sessionId, ct) || await db.TrainingRecords.AnyAsync(r => r.SessionId == sessionId, ct))
                return "该场次已有签到或培训记录，不能删除。";
            await db.TrainingSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(ct);
            return (string?)null;
        }, cancellationToken);

    /// <summary>
    /// Marks who was present: the ticked volunteers of the list and the volunteers numbered in
    /// <paramref name="addNumbers"/>. Every number must be an approved volunteer within the user's scope, or nothing
    /// is saved. Rows of volunteers outside the scope are left as they are.
    /// </summary>
    public Task<string?> SaveAttendanceAsync(ClaimsPrincipal user, int sessionId, IReadOnlyCollection<int> present, string? addNumbers, CancellationToken cancellationToken)
        => unitOfWork.ExecuteAsync(async ct =>
        {
            var (found, problem) = await FindByNumbersAsync(user, addNumbers, ct);
            if (problem is not null)
                return problem;
            var visible = await access.VisibleAsync(user, ct);
            var visibleIds = await visible.Select(v => v.Id).ToListAsync(ct);
            var rows = await db.SessionAttendance.Where(a => a.SessionId == sessionId).ToListAsync(ct);
            foreach (var row in rows.Where(r => visibleIds.Contains(r.VolunteerId)))
                row.Attended = present.Contains(row.VolunteerId) || found.Any(v => v.Id == row.VolunteerId);
            foreach (var volunteer in found.Where(v => rows.All(r => r.VolunteerId != v.Id)))
                db.SessionAttendance.Add(new SessionAttendance { SessionId = sessionId, VolunteerId = volunteer.Id, Attended = true });
            await db.SaveChangesAsync(ct);
            return (string?)null;
        }, cancellationToken);

    // ---- Completion records ----

    /// <summary>
    /// Records the results of a session's attendees (<c>passed</c>, <c>failed</c>, or empty for not yet); a second
    /// entry for the same attendee replaces the first. Only present volunteers within the user's scope.
    /// </summary>
    public Task<string?> RecordSessionResultsAsync(
        ClaimsPrincipal user, TrainingSession session, Course course, IReadOnlyDictionary<int, string> results, DateOnly? completedOn, string recordedBy,
        CancellationToken cancellationToken)
        => unitOfWork.ExecuteAsync(async ct =>
        {
            if (completedOn is not { } date)
                return "请填写完成日期。";
            if (date > Today)
                return "完成日期不能晚于今天。";
            var chosen = results.Where(r => !string.IsNullOrEmpty(r.Value)).ToList();
            if (chosen.Any(r => r.Value is not ("passed" or "failed")))
                return "培训结果只能是“合格”或“不合格”。";
            if (chosen.Count == 0)
                return "请至少为一名志愿者选择培训结果。";
            var ids = chosen.Select(r => r.Key).ToList();
            var visible = await access.VisibleAsync(user, ct);
            var allowed = await db.SessionAttendance.Where(a => a.SessionId == session.Id && a.Attended && ids.Contains(a.VolunteerId))
                .Join(visible, a => a.VolunteerId, v => v.Id, (a, v) => v.Id)
                .ToListAsync(ct);
            if (ids.Except(allowed).Any())
                return "只能为本场次已签到、且属于本单位范围的志愿者录入结果。";

            var existing = await db.TrainingRecords.Where(r => r.SessionId == session.Id && ids.Contains(r.VolunteerId)).ToListAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var (volunteerId, result) in chosen)
            {
                var record = existing.FirstOrDefault(r => r.VolunteerId == volunteerId);
                if (record is null)
                {
                    record = new TrainingRecord { VolunteerId = volunteerId, CourseId = course.Id, SessionId = session.Id };
                    db.TrainingRecords.Add(record);
                }
                Fill(record, result == "passed", date, course, recordedBy, now);
            }
            await db.SaveChangesAsync(ct);
            return (string?)null;
        }, cancellationToken);

    /// <summary>Records a completion for one volunteer outside a session (e.g. a course taken elsewhere).</summary>
    public Task<TrainingResult> RecordForVolunteerAsync(
        ClaimsPrincipal user, string? number, int? courseId, bool? passed, DateOnly? completedOn, string recordedBy, CancellationToken cancellationToken)
        => unitOfWork.ExecuteAsync(async ct =>
        {
            var errors = new Dictionary<string, string>();
            var (found, problem) = await FindByNumbersAsync(user, number, ct);
            if (problem is not null || found.Count != 1)
                errors["Number"] = problem ?? "请填写一个志愿者编号。";
            var course = courseId is { } id ? (await UsableCoursesAsync(user, ct)).FirstOrDefault(c => c.Id == id) : null;
            if (course is null)
                errors["CourseId"] = "请选择课程（本单位、上级单位或全县通用的课程）。";
            if (passed is null)
                errors["Passed"] = "请选择培训结果（合格或不合格）。";
            if (completedOn is not { } date)
                errors["CompletedOn"] = "请填写完成日期。";
            else if (date > Today)
                errors["CompletedOn"] = "完成日期不能晚于今天。";
            if (errors.Count > 0)
                return new TrainingResult(errors);

            var record = new TrainingRecord { VolunteerId = found[0].Id, CourseId = course!.Id };
            Fill(record, passed!.Value, completedOn!.Value, course, recordedBy, clock.GetUtcNow().UtcDateTime);
            db.TrainingRecords.Add(record);
            await db.SaveChangesAsync(ct);
            return TrainingResult.Ok(record.Id);
        }, cancellationToken);

    private static void Fill(TrainingRecord record, bool passed, DateOnly date, Course course, string recordedBy, DateTime now)
    {
        record.Passed = passed;
        record.CompletedOn = date;
        record.ExpiresOn = passed ? TrainingRule.ExpiryOf(date, course.ValidityMonths) : null;
        record.RecordedBy = recordedBy;
        record.RecordedUtc = now;
    }

    /// <summary>
    /// The approved volunteers numbered in <paramref name="numbers"/>, all within the user's scope; otherwise the
    /// problem. A number outside the scope reads as unknown, so nothing leaks about other units.
    /// </summary>
    public async Task<(List<Volunteer> Found, string? Problem)> FindByNumbersAsync(ClaimsPrincipal user, string? numbers, CancellationToken cancellationToken)
    {
        var wanted = (numbers ?? "").Split(NumberSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (wanted.Count == 0)
            return ([], null);
        if (wanted.Count > 500 || wanted.Any(n => n.Length > 32))
            return ([], "志愿者编号有误：一次最多 500 个，每个不超过 32 个字符。");
        var visible = await access.VisibleAsync(user, cancellationToken);
        var found = await visible.Where(v => wanted.Contains(v.Number)).ToListAsync(cancellationToken);
        var unknown = wanted.Where(n => found.All(v => !string.Equals(v.Number, n, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
            return ([], $"没有找到本单位范围内编号为 {string.Join("、", unknown)} 的志愿者，未保存。");
        var pending = found.Where(v => v.Status != VolunteerStatus.Approved).Select(v => v.Number).ToList();
        if (pending.Count > 0)
            return ([], $"志愿者 {string.Join("、", pending)} 尚未通过审核，未保存。");
        return (found, null);
    }

}

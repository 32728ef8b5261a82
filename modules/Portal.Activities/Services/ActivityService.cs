using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Settings;
using Portal.Activities.Data;
using Portal.Activities.Models;
using Portal.Media.Contracts;
using Portal.Organization.Contracts;

namespace Portal.Activities.Services;

/// <summary>The saved activity, or the problems by field name; nothing is saved when there are problems.</summary>
internal sealed record ActivityResult(Activity? Activity, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static ActivityResult Fail(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });
}

/// <summary>Told, inside the unit of work, that what the public sees of an activity may have changed (e.g. to index it).</summary>
internal interface IActivityChangeObserver
{
    void ActivityChanged(int activityId);
}

/// <summary>
/// Creates and edits activities and moves them through their statuses. Every change of an existing activity runs under
/// the activity's lock, the one sign-ups take, so places, statuses and sign-ups never cross. Callers check the staff
/// member's unit scope first.
/// </summary>
internal sealed class ActivityService(
    ActivitiesDbContext db,
    IUnitOfWork unitOfWork,
    IUnitDirectory units,
    ISettingsStore settings,
    IEnumerable<IActivityChangeObserver> observers,
    IFeatureState features,
    ILibraryImages images,
    TimeProvider clock)
{
    public const int MaxPlaces = 10_000;
    public const int MaxListItems = 20;

    /// <summary>The lock of one activity: its sign-ups, places and status change one at a time on every node.</summary>
    public static string LockName(int activityId) => $"activities:activity:{activityId}";

    /// <summary>Which statuses staff may move an activity to from each; 已满员 follows the sign-ups by itself.</summary>
    private static readonly Dictionary<ActivityStatus, ActivityStatus[]> Moves = new()
    {
        [ActivityStatus.Draft] = [ActivityStatus.Recruiting, ActivityStatus.Cancelled],
        [ActivityStatus.Recruiting] = [ActivityStatus.Running, ActivityStatus.Cancelled],
        [ActivityStatus.Full] = [ActivityStatus.Running, ActivityStatus.Cancelled],
        [ActivityStatus.Running] = [ActivityStatus.Finished, ActivityStatus.Cancelled],
        [ActivityStatus.Finished] = [],
        [ActivityStatus.Cancelled] = [],
    };

    public static IReadOnlyList<ActivityStatus> NextStatuses(ActivityStatus status) => Moves[status];

    public Task<Activity?> FindAsync(int id, CancellationToken cancellationToken = default)
        => db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task<ActivitySettings> SettingsAsync(CancellationToken cancellationToken)
        => await settings.GetAsync<ActivitySettings>(ActivitySettings.Key, cancellationToken) ?? new ActivitySettings();

    public async Task<ActivityResult> CreateAsync(ActivityInput input, CancellationToken cancellationToken = default)
    {
        var (values, errors) = await ValidateAsync(input, null, cancellationToken);
        if (values is null)
            return new ActivityResult(null, errors);
        return await unitOfWork.ExecuteAsync(async ct =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var activity = new Activity { UnitId = values.UnitId, Status = ActivityStatus.Draft, CreatedUtc = now };
            values.ApplyTo(activity, now);
            db.Activities.Add(activity);
            await db.SaveChangesAsync(ct);
            Notify(activity.Id);
            return new ActivityResult(activity, errors);
        }, cancellationToken);
    }

    /// <summary>Saves an edit made from <see cref="ActivityInput.Version"/>; the unit stays. More places promote the waitlist.</summary>
    public async Task<ActivityResult> UpdateAsync(int id, ActivityInput input, CancellationToken cancellationToken = default)
    {
        var existing = await FindAsync(id, cancellationToken);
        if (existing is null)
            return ActivityResult.Fail("", "活动不存在。");
        input.UnitId = existing.UnitId.ToString(CultureInfo.InvariantCulture);
        var (values, errors) = await ValidateAsync(input, existing, cancellationToken);
        if (values is null)
            return new ActivityResult(null, errors);

        return await unitOfWork.ExecuteAsync(async ct =>
        {
            await unitOfWork.LockAsync(LockName(id), ct);
            var activity = await db.Activities.FirstAsync(a => a.Id == id, ct);
            if (!Guid.TryParse(input.Version, out var version) || version != activity.Version)
                return ActivityResult.Fail("", "活动已被他人修改，请重新打开后再编辑。");
            if (activity.Status is ActivityStatus.Finished or ActivityStatus.Cancelled)
                return ActivityResult.Fail("", $"活动{activity.Status.ToChinese()}，不能再修改。");
            var confirmed = await db.SignUps.CountAsync(s => s.ActivityId == id && s.Status == SignUpStatus.Confirmed, ct);
            if (values.Places < confirmed)
                return ActivityResult.Fail(nameof(ActivityInput.Places), $"已有 {confirmed} 人报名成功，招募名额不能少于 {confirmed}。");

            var now = clock.GetUtcNow().UtcDateTime;
            values.ApplyTo(activity, now);
            await SignUpRules.FillPlacesAsync(db, activity, now, ct);
            activity.Version = Guid.NewGuid();
            await db.SaveChangesAsync(ct);
            Notify(id);
            return new ActivityResult(activity, new Dictionary<string, string>());
        }, cancellationToken);
    }

    /// <summary>Moves the activity to <paramref name="target"/>; returns the problem, or null when done.</summary>
    public Task<string?> ChangeStatusAsync(int id, ActivityStatus target, CancellationToken cancellationToken = default)
        => unitOfWork.ExecuteAsync(async ct =>
        {
            await unitOfWork.LockAsync(LockName(id), ct);
            var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == id, ct);
            if (activity is null)
                return "活动不存在。";
            if (!Enum.IsDefined(target) || !Moves[activity.Status].Contains(target))
                return $"“{activity.Status.ToChinese()}”的活动不能改为“{(Enum.IsDefined(target) ? target.ToChinese() : "未知状态")}”。";
            var now = clock.GetUtcNow().UtcDateTime;
            if (target == ActivityStatus.Recruiting && activity.Places == 0)
                return "招募名额为 0：请先在活动中填写招募名额，再发布招募。";
            if (target == ActivityStatus.Finished && now < activity.StartsUtc)
                return "活动还没有开始，不能标记为已结束。";

            activity.Status = target;
            if (target == ActivityStatus.Recruiting)
                await SignUpRules.FillPlacesAsync(db, activity, now, ct);
            activity.UpdatedUtc = now;
            activity.Version = Guid.NewGuid();
            await db.SaveChangesAsync(ct);
            Notify(id);
            return (string?)null;
        }, cancellationToken);

    private void Notify(int activityId)
    {
        // An observer of a switched-off feature (e.g. search) is not told.
        foreach (var observer in features.Enabled(observers))
            observer.ActivityChanged(activityId);
    }

    /// <summary>What a valid input says, ready to apply.</summary>
    private sealed record Values(
        string Title, int? ProjectId, int UnitId, string Category, Platform Platform, string Place, DateTime StartsUtc, DateTime EndsUtc,
        List<string> Tags, string Description, string CoverUrl, bool InsuranceRequired, int Places, DateTime? SignUpOpensUtc,
        DateTime? SignUpClosesUtc, List<string> RequiredSkills, List<int> RequiredCourseIds, int? MinAge, int? MaxAge)
    {
        public void ApplyTo(Activity activity, DateTime now)
        {
            activity.Title = Title;
            activity.ProjectId = ProjectId;
            activity.Category = Category;
            activity.Platform = Platform;
            activity.Place = Place;
            activity.StartsUtc = StartsUtc;
            activity.EndsUtc = EndsUtc;
            activity.Tags = Tags;
            activity.Description = Description;
            activity.CoverUrl = CoverUrl;
            activity.InsuranceRequired = InsuranceRequired;
            activity.Places = Places;
            activity.SignUpOpensUtc = SignUpOpensUtc;
            activity.SignUpClosesUtc = SignUpClosesUtc;
            activity.RequiredSkills = RequiredSkills;
            activity.RequiredCourseIds = RequiredCourseIds;
            activity.MinAge = MinAge;
            activity.MaxAge = MaxAge;
            activity.UpdatedUtc = now;
        }
    }

    private async Task<(Values? Values, Dictionary<string, string> Errors)> ValidateAsync(ActivityInput input, Activity? existing, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var lists = await SettingsAsync(cancellationToken);

        var title = Clean(input.Title);
        if (title.Length == 0 || title.Length > 100)
            errors[nameof(input.Title)] = "请填写活动名称（不超过 100 个字）。";

        UnitInfo? unit = null;
        if (!int.TryParse(input.UnitId, NumberStyles.None, CultureInfo.InvariantCulture, out var unitId)
            || (unit = await units.FindAsync(unitId, cancellationToken)) is null)
            errors[nameof(input.UnitId)] = "请选择举办活动的单位。";

        int? projectId = null;
        if (Clean(input.ProjectId) is { Length: > 0 } projectText)
        {
            if (!int.TryParse(projectText, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                || await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, cancellationToken) is not { } project)
                errors[nameof(input.ProjectId)] = "所选服务项目不存在。";
            else if (unit is not null && project.UnitId != unit.Id)
                errors[nameof(input.ProjectId)] = $"服务项目 “{project.Title}” 不属于{unit.Name}。";
            else
                projectId = pid;
        }

        var category = Clean(input.Category);
        if (!lists.Categories.Contains(category) && category != existing?.Category)
            errors[nameof(input.Category)] = "请从活动类别中选择（类别可在“活动设置”中增加）。";

        if (!Enum.TryParse<Platform>(Clean(input.Platform), out var platform) || !Enum.IsDefined(platform) || int.TryParse(input.Platform, out _))
            errors[nameof(input.Platform)] = "请选择活动所属的平台（五大平台之一）。";

        var place = Clean(input.Place);
        if (place.Length == 0 || place.Length > 200)
            errors[nameof(input.Place)] = "请填写活动地点（不超过 200 个字）。";

        var starts = ActivityInput.ParseTime(input.Starts);
        var ends = ActivityInput.ParseTime(input.Ends);
        if (starts is null)
            errors[nameof(input.Starts)] = "请填写开始时间，如 2026-12-12 09:00。";
        if (ends is null)
            errors[nameof(input.Ends)] = "请填写结束时间，如 2026-12-12 11:30。";
        else if (starts is not null && ends <= starts)
            errors[nameof(input.Ends)] = "结束时间应晚于开始时间。";

        var tags = input.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToList();
        if (tags.FirstOrDefault(t => !lists.Tags.Contains(t) && existing?.Tags.Contains(t) != true) is { } unknownTag)
            errors[nameof(input.Tags)] = $"标签 “{Clip(unknownTag, 32)}” 不在节令标签清单中。";
        else if (tags.Count > MaxListItems)
            errors[nameof(input.Tags)] = $"标签最多 {MaxListItems} 个。";

        var description = (input.Description ?? "").Trim();
        if (description.Length > 4000)
            errors[nameof(input.Description)] = "活动介绍不超过 4000 个字。";

        var cover = Clean(input.CoverUrl);
        if (cover.Length > 0 && await images.ProblemAsync(cover, "封面", cancellationToken) is { } coverProblem)
            errors[nameof(input.CoverUrl)] = coverProblem;

        if (!int.TryParse(Clean(input.Places), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var places) || places < 0)
            errors[nameof(input.Places)] = "招募名额应为 0 或正整数。";
        else if (places > MaxPlaces)
            errors[nameof(input.Places)] = $"招募名额不超过 {MaxPlaces}。";

        var opens = OptionalTime(input.SignUpOpens, nameof(input.SignUpOpens), "报名开始时间", errors);
        var closes = OptionalTime(input.SignUpCloses, nameof(input.SignUpCloses), "报名截止时间", errors);
        if (opens is not null && closes is not null && closes <= opens)
            errors[nameof(input.SignUpCloses)] = "报名截止时间应晚于报名开始时间。";
        else if (closes is not null && ends is not null && closes > ends)
            errors[nameof(input.SignUpCloses)] = "报名截止时间不能晚于活动结束时间。";
        else if (opens is not null && starts is not null && closes is null && opens >= starts)
            errors[nameof(input.SignUpOpens)] = "报名开始时间应早于活动开始时间。";

        var skills = ActivityInput.SplitList(input.RequiredSkills);
        if (skills.Count > MaxListItems || skills.Any(s => s.Length > 32))
            errors[nameof(input.RequiredSkills)] = $"所需技能最多 {MaxListItems} 项，每项不超过 32 个字。";

        var courses = new List<int>();
        foreach (var text in ActivityInput.SplitList((input.RequiredCourseIds ?? "").Replace(' ', ',')))
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var courseId) || courseId <= 0)
            {
                errors[nameof(input.RequiredCourseIds)] = $"“{Clip(text, 20)}” 不是培训课程编号：请填写课程编号，用逗号分隔，如 3, 5。";
                break;
            }
            courses.Add(courseId);
        }
        if (courses.Count > MaxListItems)
            errors[nameof(input.RequiredCourseIds)] = $"所需培训最多 {MaxListItems} 门。";

        var minAge = OptionalAge(input.MinAge, nameof(input.MinAge), "最小年龄", errors);
        var maxAge = OptionalAge(input.MaxAge, nameof(input.MaxAge), "最大年龄", errors);
        if (minAge is not null && maxAge is not null && minAge > maxAge)
            errors[nameof(input.MaxAge)] = "最大年龄不能小于最小年龄。";

        if (errors.Count > 0)
            return (null, errors);
        return (new Values(title, projectId, unit!.Id, category, platform, place, starts!.Value, ends!.Value, tags, description, cover,
            input.InsuranceRequired, places, opens, closes, skills, courses.Distinct().ToList(), minAge, maxAge), errors);
    }

    private static DateTime? OptionalTime(string? text, string field, string label, Dictionary<string, string> errors)
    {
        if (Clean(text).Length == 0)
            return null;
        var time = ActivityInput.ParseTime(text);
        if (time is null)
            errors[field] = $"{label}的格式不正确，如 2026-12-01 08:00；不限时请留空。";
        return time;
    }

    private static int? OptionalAge(string? text, string field, string label, Dictionary<string, string> errors)
    {
        if (Clean(text).Length == 0)
            return null;
        if (int.TryParse(Clean(text), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var age) && age is >= 0 and <= 120)
            return age;
        errors[field] = $"{label}应为 0 至 120 之间的整数；不限请留空。";
        return null;
    }

    private static string Clean(string? value) => (value ?? "").Trim();

    private static string Clip(string value, int length) => value.Length > length ? value[..length] + "…" : value;
}

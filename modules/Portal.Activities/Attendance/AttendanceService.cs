using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Abstractions.Display;
using Portal.Activities.Data;
using Portal.Activities.Models;
using Portal.Activities.Services;
using Portal.Volunteers.Contracts;

namespace Portal.Activities.Attendance;

/// <summary>What an attendance step did (for the message shown), or why it did nothing.</summary>
internal sealed record AttendanceResult(string? Error, string? Done = null, bool CheckedOut = false)
{
    public bool Succeeded => Error is null;

    public static AttendanceResult Fail(string error) => new(error);
}

/// <summary>
/// Check-in, check-out, no-shows and hours. Every change runs under the activity's lock in one unit of work, and the
/// hours go to the volunteer's ledger through <see cref="IServiceHoursLedger"/> inside that same transaction: the
/// sign-up row records <see cref="SignUp.HoursPostedUtc"/> (only when the ledger took them) and is read again under the
/// lock, so a double submit or two check-outs at once post once; the ledger's refusal of a repeated key is the last guard.
/// </summary>
internal sealed class AttendanceService(
    ActivitiesDbContext db,
    IUnitOfWork unitOfWork,
    IServiceHoursLedger ledger,
    IVolunteerDirectory volunteers,
    CheckInCode codes,
    TimeProvider clock)
{
    public const string BadCode = "签到二维码无效：请扫描本活动现场出示的签到二维码。";

    /// <summary>A volunteer scanned the code: checks in, or checks out when already checked in.</summary>
    public async Task<AttendanceResult> ScanAsync(string userId, int activityId, string? token, CancellationToken cancellationToken = default)
    {
        if (!codes.IsFor(activityId, token))
            return AttendanceResult.Fail(BadCode);
        var volunteer = userId.Length == 0 ? null : await volunteers.FindByUserAsync(userId, cancellationToken);
        if (volunteer is null)
            return AttendanceResult.Fail("只有报名成功的志愿者才能签到：您还没有志愿者登记。");
        return await InLockAsync(activityId, volunteer.Id, (activity, signUp, now) =>
        {
            if (StandingProblem(signUp, byStaff: false) is { } problem)
                return Task.FromResult(AttendanceResult.Fail(problem));
            if (now < CheckInWindow.OpensUtc(activity))
                return Task.FromResult(NotOpenYet(activity));
            if (now > CheckInWindow.ClosesUtc(activity))
                return Task.FromResult(AttendanceResult.Fail($"签到时间已过（{CheckInWindow.Describe(activity)}），如需补记请联系活动工作人员。"));
            return signUp!.CheckedInUtc is null ? CheckInAsync(signUp, now) : CheckOutAsync(activity, signUp, now);
        }, cancellationToken);
    }

    /// <summary>Staff check a confirmed volunteer in now (from the window's opening on).</summary>
    public Task<AttendanceResult> StaffCheckInAsync(int activityId, int volunteerId, CancellationToken cancellationToken = default)
        => InLockAsync(activityId, volunteerId, (activity, signUp, now) =>
        {
            if (StandingProblem(signUp, byStaff: true) is { } problem)
                return Task.FromResult(AttendanceResult.Fail(problem));
            if (now < CheckInWindow.OpensUtc(activity))
                return Task.FromResult(NotOpenYet(activity));
            if (signUp!.CheckedInUtc is not null)
                return Task.FromResult(AttendanceResult.Fail("该志愿者已经签到。"));
            return CheckInAsync(signUp, now);
        }, cancellationToken);

    /// <summary>Staff check a checked-in volunteer out now; the hours are worked out and posted.</summary>
    public Task<AttendanceResult> StaffCheckOutAsync(int activityId, int volunteerId, CancellationToken cancellationToken = default)
        => InLockAsync(activityId, volunteerId, (activity, signUp, now) =>
            StandingProblem(signUp, byStaff: true) is { } problem
                ? Task.FromResult(AttendanceResult.Fail(problem))
                : signUp!.CheckedInUtc is null
                    ? Task.FromResult(AttendanceResult.Fail("该志愿者还没有签到，不能签退；可以直接核定服务时长。"))
                    : CheckOutAsync(activity, signUp, now),
            cancellationToken);

    /// <summary>Staff mark a confirmed volunteer who did not come as absent (once the activity has started).</summary>
    public Task<AttendanceResult> MarkNoShowAsync(int activityId, int volunteerId, CancellationToken cancellationToken = default)
        => InLockAsync(activityId, volunteerId, async (activity, signUp, now) =>
        {
            if (StandingProblem(signUp, byStaff: true) is { } problem)
                return AttendanceResult.Fail(problem);
            if (now < activity.StartsUtc)
                return AttendanceResult.Fail("活动还没有开始，不能记缺席。");
            if (signUp!.CheckedInUtc is not null)
                return AttendanceResult.Fail("该志愿者已经签到，不能记缺席。");
            signUp.NoShow = true;
            await db.SaveChangesAsync();
            return new AttendanceResult(null, "已记为缺席。");
        }, cancellationToken);

    /// <summary>
    /// Staff set the hours by hand (e.g. a volunteer without a phone), within the activity's length, once it has started;
    /// the hours are posted at once, so they can be set only while none were posted.
    /// </summary>
    public Task<AttendanceResult> SetHoursAsync(int activityId, int volunteerId, string? hoursText, CancellationToken cancellationToken = default)
        => InLockAsync(activityId, volunteerId, async (activity, signUp, now) =>
        {
            if (StandingProblem(signUp, byStaff: true) is { } problem)
                return AttendanceResult.Fail(problem);
            if (now < activity.StartsUtc)
                return AttendanceResult.Fail("活动还没有开始，不能核定服务时长。");
            var cap = Cap(activity);
            if (!decimal.TryParse(hoursText?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var hours) || hours <= 0 || hours > cap
                || decimal.Round(hours, 2) != hours)
                return AttendanceResult.Fail($"服务时长请填写大于 0、不超过活动时长 {Number(cap)} 小时的数字（最多两位小数）。");
            signUp!.NoShow = false;
            return await PostAsync(activity, signUp, hours, now)
                ? new AttendanceResult(null, $"已核定服务时长 {Number(hours)} 小时，并记入该志愿者的志愿时长。")
                : new AttendanceResult(null, $"已核定服务时长 {Number(hours)} 小时；志愿者功能未启用，暂未记入志愿时长，启用后可再次核定。");
        }, cancellationToken);

    /// <summary>The hours an attendance from <paramref name="inUtc"/> to <paramref name="outUtc"/> is worth: to the tenth of an hour below, capped by the activity's length.</summary>
    public static decimal HoursFor(Activity activity, DateTime inUtc, DateTime outUtc)
    {
        var worked = (decimal)Math.Max(0, (outUtc - inUtc).TotalHours);
        return Math.Min(decimal.Floor(worked * 10) / 10, Cap(activity));
    }

    /// <summary>The activity's length in hours, to the hundredth: no attendance is worth more.</summary>
    public static decimal Cap(Activity activity) => decimal.Round((decimal)(activity.EndsUtc - activity.StartsUtc).TotalHours, 2);

    public static string Number(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The ledger key of a sign-up's attendance (<see cref="AttendanceHours.SourceKey"/>).</summary>
    public static string SourceKey(SignUp signUp)
        => $"activity:{signUp.ActivityId.ToString(CultureInfo.InvariantCulture)}:volunteer:{signUp.VolunteerId.ToString(CultureInfo.InvariantCulture)}";

    private async Task<AttendanceResult> CheckInAsync(SignUp signUp, DateTime now)
    {
        signUp.CheckedInUtc = now;
        signUp.NoShow = false;
        await db.SaveChangesAsync();
        return new AttendanceResult(null, $"签到成功（{Public.PublicActivities.FormatTime(now)}）。活动结束时请再扫码签退。");
    }

    private async Task<AttendanceResult> CheckOutAsync(Activity activity, SignUp signUp, DateTime now)
    {
        var hours = HoursFor(activity, signUp.CheckedInUtc!.Value, now);
        signUp.CheckedOutUtc = now;
        if (hours == 0)
        {
            signUp.Hours = 0;
            await db.SaveChangesAsync();
            return new AttendanceResult(null, "已签退。签到不足 0.1 小时，未记服务时长；如有出入请联系活动工作人员核定。", CheckedOut: true);
        }
        return await PostAsync(activity, signUp, hours, now)
            ? new AttendanceResult(null, $"签退成功，服务时长 {Number(hours)} 小时已记入志愿时长。", CheckedOut: true)
            : new AttendanceResult(null, $"签退成功，服务时长 {Number(hours)} 小时，暂未记入志愿时长，请联系活动工作人员核定。", CheckedOut: true);
    }

    /// <summary>
    /// Records the hours on the sign-up and posts them to the ledger, in the caller's transaction; the sign-up counts as
    /// posted only when the ledger took them (false while the Volunteers feature is off).
    /// </summary>
    private async Task<bool> PostAsync(Activity activity, SignUp signUp, decimal hours, DateTime now)
    {
        var posted = await ledger.PostAttendanceAsync(new AttendanceHours(signUp.VolunteerId, SourceKey(signUp), hours,
            DateOnly.FromDateTime(ChinaTime.FromUtc(activity.StartsUtc).DateTime), activity.Title, activity.UnitId));
        signUp.Hours = hours;
        signUp.HoursPostedUtc = posted ? now : null;
        await db.SaveChangesAsync();
        return posted;
    }

    private static AttendanceResult NotOpenYet(Activity activity)
        => AttendanceResult.Fail($"还未到签到时间：签到时间为 {CheckInWindow.Describe(activity)}。");

    /// <summary>Why this sign-up cannot attend (none, cancelled, waitlisted, already posted), or null.</summary>
    private static string? StandingProblem(SignUp? signUp, bool byStaff)
    {
        if (signUp is null || signUp.Status == SignUpStatus.Cancelled)
            return byStaff ? "该志愿者没有报名这个活动。" : "您没有报名这个活动，不能签到。";
        if (signUp.Status == SignUpStatus.Waitlisted)
            return byStaff ? "该志愿者在候补名单中，尚未报名成功。" : "您在候补名单中，尚未递补为报名成功，不能签到。";
        if (signUp.HoursPostedUtc is not null)
            return byStaff
                ? $"该志愿者的服务时长（{Number(signUp.Hours ?? 0)} 小时）已记入志愿时长，不能再改；如需更正请在志愿时长管理中冲销。"
                : $"您已签退，服务时长 {Number(signUp.Hours ?? 0)} 小时已记入您的志愿时长。";
        if (signUp.CheckedOutUtc is not null)
            return byStaff ? "该志愿者已经签退；可以核定服务时长。" : "您已签退。";
        return null;
    }

    /// <summary>Runs <paramref name="work"/> under the activity's lock with the activity and the volunteer's sign-up read inside it.</summary>
    private Task<AttendanceResult> InLockAsync(int activityId, int volunteerId, Func<Activity, SignUp?, DateTime, Task<AttendanceResult>> work,
        CancellationToken cancellationToken)
        => unitOfWork.ExecuteAsync(async ct =>
        {
            await unitOfWork.LockAsync(ActivityService.LockName(activityId), ct);
            var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId, ct);
            if (activity is null || activity.Status is ActivityStatus.Draft)
                return AttendanceResult.Fail("找不到这个活动。");
            if (activity.Status is ActivityStatus.Cancelled)
                return AttendanceResult.Fail("该活动已取消，不能签到。");
            var signUp = await db.SignUps.FirstOrDefaultAsync(s => s.ActivityId == activityId && s.VolunteerId == volunteerId, ct);
            return await work(activity, signUp, clock.GetUtcNow().UtcDateTime);
        }, cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Abstractions.Display;
using Portal.Abstractions.Modules;
using Portal.Activities.Data;
using Portal.Activities.Models;
using Portal.Volunteers.Contracts;

namespace Portal.Activities.Services;

/// <summary>A sign-up's outcome: the row (confirmed or waitlisted), or why not, with the training rule's answer when it refused.</summary>
internal sealed record SignUpResult(SignUp? SignUp, string? Error)
{
    public bool Succeeded => Error is null;

    public static SignUpResult Fail(string error) => new(null, error);
}

/// <summary>A cancellation's outcome: the problem, or who moved up from the waitlist (null for no one).</summary>
internal sealed record CancelResult(string? Error, int? PromotedVolunteerId)
{
    public bool Succeeded => Error is null;
}

/// <summary>Places, the waitlist and the 已满员 status, worked out under the activity's lock by whoever holds it.</summary>
internal static class SignUpRules
{
    /// <summary>
    /// Confirms waitlisted volunteers in arrival order while places remain and the activity recruits, then sets
    /// 招募中 / 已满员 by the confirmed count. Runs under the activity's lock.
    /// </summary>
    public static async Task<List<SignUp>> FillPlacesAsync(ActivitiesDbContext db, Activity activity, DateTime now, CancellationToken ct)
    {
        var promoted = new List<SignUp>();
        if (!Waitlist.GivesPlaces(activity.Status))
            return promoted;
        var confirmed = await db.SignUps.CountAsync(s => s.ActivityId == activity.Id && s.Status == SignUpStatus.Confirmed, ct);
        var free = Waitlist.FreePlaces(confirmed, activity.Places);
        if (free > 0)
        {
            var line = await db.SignUps.Where(s => s.ActivityId == activity.Id && s.Status == SignUpStatus.Waitlisted)
                .OrderBy(s => s.Sequence).Take(free).ToListAsync(ct);
            promoted = Waitlist.Promote(line, free, now);
            confirmed += promoted.Count;
        }
        activity.Status = Waitlist.StatusFor(confirmed, activity.Places);
        return promoted;
    }
}

/// <summary>
/// A signed-in approved volunteer signs up for an activity and cancels. Who may (approved, in the sign-up window, of
/// age, with the skills, trained: 先培训再上岗) is checked first; the place is then given under the activity's lock
/// (PostgreSQL: an advisory lock; SQLite: the database's one writer), so however many arrive at once there is never
/// more confirmed than places, and the unique index on (activity, volunteer) is the last guard against a double sign-up.
/// </summary>
internal sealed class SignUpService(
    ActivitiesDbContext db,
    IUnitOfWork unitOfWork,
    IVolunteerDirectory volunteers,
    ITrainingRule trainingRule,
    IEnumerable<IActivityChangeObserver> observers,
    IFeatureState features,
    TimeProvider clock)
{
    public const string AlreadySignedUp = "您已经报名了这个活动。";

    public async Task<SignUpResult> SignUpAsync(string userId, int activityId, CancellationToken cancellationToken = default)
    {
        var volunteer = userId.Length == 0 ? null : await volunteers.FindByUserAsync(userId, cancellationToken);
        if (volunteer is null)
            return SignUpResult.Fail("只有注册志愿者才能报名：请先注册成为志愿者，审核通过后再来报名。");
        if (!volunteer.Approved)
            return SignUpResult.Fail("您的志愿者注册还没有通过审核，通过后才能报名。");

        var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken);
        if (activity is null || activity.Status == ActivityStatus.Draft)
            return SignUpResult.Fail("找不到这个活动。");
        if (await EligibilityProblemAsync(activity, volunteer, cancellationToken) is { } problem)
            return SignUpResult.Fail(problem);

        try
        {
            return await unitOfWork.ExecuteAsync(async ct =>
            {
                await unitOfWork.LockAsync(ActivityService.LockName(activityId), ct);
                var current = await db.Activities.FirstAsync(a => a.Id == activityId, ct);
                if (OpenProblem(current) is { } closed)
                    return SignUpResult.Fail(closed);

                var signUp = await db.SignUps.FirstOrDefaultAsync(s => s.ActivityId == activityId && s.VolunteerId == volunteer.Id, ct);
                if (signUp is { Status: not SignUpStatus.Cancelled })
                    return SignUpResult.Fail(AlreadySignedUp);

                var now = clock.GetUtcNow().UtcDateTime;
                var confirmed = await db.SignUps.CountAsync(s => s.ActivityId == activityId && s.Status == SignUpStatus.Confirmed, ct);
                var last = await db.SignUps.Where(s => s.ActivityId == activityId).MaxAsync(s => (int?)s.Sequence, ct) ?? 0;
                if (signUp is null)
                {
                    signUp = new SignUp { ActivityId = activityId, VolunteerId = volunteer.Id };
                    db.SignUps.Add(signUp);
                }
                // A volunteer who cancelled and comes back joins at the end, like anyone arriving now.
                signUp.Sequence = last + 1;
                signUp.SignedUpUtc = now;
                signUp.CancelledUtc = null;
                signUp.Status = Waitlist.ForArrival(confirmed, current.Places);
                signUp.ConfirmedUtc = signUp.Status == SignUpStatus.Confirmed ? now : null;
                await db.SaveChangesAsync(ct);
                await SettleAsync(current, now, ct);
                return new SignUpResult(signUp, null);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Only reached if the lock was bypassed (a writer without it): the unique index refused the second row.
            if (!await db.SignUps.AnyAsync(s => s.ActivityId == activityId && s.VolunteerId == volunteer.Id, CancellationToken.None))
                throw;
            return SignUpResult.Fail(AlreadySignedUp);
        }
    }

    /// <summary>The volunteer of <paramref name="userId"/> cancels; a confirmed place goes to the first on the waitlist.</summary>
    public async Task<CancelResult> CancelAsync(string userId, int activityId, CancellationToken cancellationToken = default)
    {
        var volunteer = userId.Length == 0 ? null : await volunteers.FindByUserAsync(userId, cancellationToken);
        if (volunteer is null)
            return new CancelResult("您没有报名这个活动。", null);
        return await CancelAsync(volunteer.Id, activityId, byStaff: false, cancellationToken);
    }

    /// <summary>Cancels a volunteer's sign-up (staff may after the start too); the waitlist moves up.</summary>
    public Task<CancelResult> CancelAsync(int volunteerId, int activityId, bool byStaff, CancellationToken cancellationToken = default)
        => unitOfWork.ExecuteAsync(async ct =>
        {
            await unitOfWork.LockAsync(ActivityService.LockName(activityId), ct);
            var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == activityId, ct);
            var signUp = await db.SignUps.FirstOrDefaultAsync(s => s.ActivityId == activityId && s.VolunteerId == volunteerId, ct);
            if (activity is null || signUp is null || signUp.Status == SignUpStatus.Cancelled)
                return new CancelResult(byStaff ? "该志愿者没有报名这个活动。" : "您没有报名这个活动。", null);
            var now = clock.GetUtcNow().UtcDateTime;
            if (!byStaff && now >= activity.StartsUtc)
                return new CancelResult("活动已经开始，不能在网上取消报名，请联系活动的工作人员。", null);
            if (signUp.HoursPostedUtc is not null)
                return new CancelResult("该志愿者的服务时长已记入时长记录，不能取消报名；如需更正，请在时长记录中冲正。", null);

            signUp.Status = SignUpStatus.Cancelled;
            signUp.CancelledUtc = now;
            await db.SaveChangesAsync(ct);
            var promoted = await SettleAsync(activity, now, ct);
            return new CancelResult(null, promoted.FirstOrDefault()?.VolunteerId);
        }, cancellationToken);

    /// <summary>Where the volunteer of <paramref name="userId"/> stands: their sign-up and, when waitlisted, their place in the line.</summary>
    public async Task<(VolunteerInfo? Volunteer, SignUp? SignUp, int WaitlistPosition)> StandingAsync(string? userId, int activityId, CancellationToken cancellationToken)
    {
        var volunteer = string.IsNullOrEmpty(userId) ? null : await volunteers.FindByUserAsync(userId, cancellationToken);
        if (volunteer is null)
            return (null, null, 0);
        var signUp = await db.SignUps.AsNoTracking().FirstOrDefaultAsync(s => s.ActivityId == activityId && s.VolunteerId == volunteer.Id, cancellationToken);
        var position = signUp is { Status: SignUpStatus.Waitlisted }
            ? await db.SignUps.CountAsync(s => s.ActivityId == activityId && s.Status == SignUpStatus.Waitlisted && s.Sequence <= signUp.Sequence, cancellationToken)
            : 0;
        return (volunteer, signUp, position);
    }

    /// <summary>Why the activity takes no sign-up now (status, places, window), or null.</summary>
    public string? OpenProblem(Activity activity)
    {
        if (!Waitlist.GivesPlaces(activity.Status))
            return $"该活动{activity.Status.ToChinese()}，不在招募中，不能报名。";
        if (activity.Places == 0)
            return "该活动不招募志愿者。";
        var now = clock.GetUtcNow().UtcDateTime;
        if (activity.SignUpOpensUtc is { } opens && now < opens)
            return $"报名将于 {ChinaTime.FromUtc(opens):yyyy-MM-dd HH:mm} 开始。";
        if (now >= activity.SignUpClosesAtUtc)
            return $"报名已于 {ChinaTime.FromUtc(activity.SignUpClosesAtUtc):yyyy-MM-dd HH:mm} 截止。";
        return null;
    }

    /// <summary>What keeps this volunteer out: the window, age, skills, then the training rule's own words.</summary>
    private async Task<string?> EligibilityProblemAsync(Activity activity, VolunteerInfo volunteer, CancellationToken cancellationToken)
    {
        if (OpenProblem(activity) is { } closed)
            return closed;

        var day = AgeLimit.DayOf(activity.StartsUtc);
        if (AgeLimit.Check(volunteer.BirthDate, day, activity.MinAge, activity.MaxAge) is { } age)
            return age;

        var missing = activity.RequiredSkills.Where(s => !volunteer.Skills.Contains(s)).ToList();
        if (missing.Count > 0)
            return $"该活动需要以下技能：{string.Join("、", activity.RequiredSkills)}；您登记的技能中没有：{string.Join("、", missing)}。";

        if (activity.RequiredCourseIds.Count > 0)
        {
            var check = await trainingRule.CheckAsync(volunteer.Id, activity.RequiredCourseIds, day, cancellationToken);
            if (!check.Allowed)
                return "先培训再上岗：" + check.Message;
        }
        return null;
    }

    private async Task<List<SignUp>> SettleAsync(Activity activity, DateTime now, CancellationToken ct)
    {
        var before = activity.Status;
        var promoted = await SignUpRules.FillPlacesAsync(db, activity, now, ct);
        if (activity.Status != before)
        {
            // The version is left alone: a staff member's open edit is not made stale by volunteers signing up.
            activity.UpdatedUtc = now;
            foreach (var observer in features.Enabled(observers))
                observer.ActivityChanged(activity.Id);
        }
        await db.SaveChangesAsync(ct);
        return promoted;
    }
}

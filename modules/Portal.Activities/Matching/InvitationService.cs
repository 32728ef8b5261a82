using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Activities.Data;
using Portal.Activities.Models;
using Portal.Activities.Services;
using Portal.Volunteers.Contracts;

namespace Portal.Activities.Matching;

/// <summary>What inviting did: how many were invited, and how many were left out because they were already signed up or invited.</summary>
internal sealed record InviteResult(int Invited, int Skipped, string? Error);

/// <summary>An answer's outcome: the problem, or (after accepting) where the sign-up stands.</summary>
internal sealed record AnswerResult(string? Error, SignUpStatus? SignedUp, int ActivityId)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// Staff invite the volunteers matching ranked for an activity; each answers on "我的". Accepting is a sign-up like any
/// other (the same window, age, skill and training checks, a place or the waitlist), so an invitation promises nothing
/// the rules would not give; until the sign-up succeeds the invitation stays open.
/// </summary>
internal sealed class InvitationService(
    ActivitiesDbContext db,
    IUnitOfWork unitOfWork,
    IVolunteerDirectory volunteers,
    SignUpService signUps,
    TimeProvider clock)
{
    public async Task<InviteResult> InviteAsync(Activity activity, IReadOnlyCollection<int> volunteerIds, string staffUserId,
        CancellationToken cancellationToken = default)
    {
        if (volunteerIds.Count == 0)
            return new InviteResult(0, 0, "请先勾选要邀请的志愿者。");
        if (!Waitlist.GivesPlaces(activity.Status))
            return new InviteResult(0, 0, $"该活动{activity.Status.ToChinese()}，不在招募中，不能邀请。");

        var approved = (await volunteers.FindManyAsync(volunteerIds, cancellationToken)).Values.Where(v => v.Approved).Select(v => v.Id).ToList();

        return await unitOfWork.ExecuteAsync(async ct =>
        {
            await unitOfWork.LockAsync(ActivityService.LockName(activity.Id), ct);
            var signedUp = await db.SignUps.Where(s => s.ActivityId == activity.Id && s.Status != SignUpStatus.Cancelled && approved.Contains(s.VolunteerId))
                .Select(s => s.VolunteerId).ToListAsync(ct);
            var invited = await db.Invitations.Where(i => i.ActivityId == activity.Id && approved.Contains(i.VolunteerId))
                .Select(i => i.VolunteerId).ToListAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var fresh = approved.Except(signedUp).Except(invited).ToList();
            foreach (var id in fresh)
            {
                db.Invitations.Add(new Invitation
                {
                    ActivityId = activity.Id,
                    VolunteerId = id,
                    Status = InvitationStatus.Pending,
                    InvitedBy = staffUserId,
                    InvitedUtc = now,
                });
            }
            await db.SaveChangesAsync(ct);
            return new InviteResult(fresh.Count, volunteerIds.Distinct().Count() - fresh.Count, null);
        }, cancellationToken);
    }

    /// <summary>The invited volunteer of <paramref name="userId"/> accepts (and is signed up) or declines; an invitation is answered once.</summary>
    public async Task<AnswerResult> AnswerAsync(string userId, long invitationId, bool accept, CancellationToken cancellationToken = default)
    {
        var volunteer = userId.Length == 0 ? null : await volunteers.FindByUserAsync(userId, cancellationToken);
        var invitation = volunteer is null
            ? null
            : await db.Invitations.AsNoTracking().FirstOrDefaultAsync(i => i.Id == invitationId && i.VolunteerId == volunteer.Id, cancellationToken);
        if (invitation is null)
            return new AnswerResult("找不到这个邀请。", null, 0);
        if (invitation.Status != InvitationStatus.Pending)
            return new AnswerResult($"您已经回复过这个邀请（{invitation.Status.ToChinese()}）。", null, invitation.ActivityId);

        SignUpStatus? signedUp = null;
        if (accept)
        {
            var result = await signUps.SignUpAsync(userId, invitation.ActivityId, cancellationToken);
            if (!result.Succeeded && result.Error != SignUpService.AlreadySignedUp)
                return new AnswerResult(result.Error, null, invitation.ActivityId);
            signedUp = result.SignUp?.Status ?? SignUpStatus.Confirmed;
        }

        // Only a pending invitation changes: of two answers sent at once, the second finds it answered.
        var now = clock.GetUtcNow().UtcDateTime;
        var status = accept ? InvitationStatus.Accepted : InvitationStatus.Declined;
        var changed = await db.Invitations.Where(i => i.Id == invitationId && i.Status == InvitationStatus.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, status).SetProperty(i => i.AnsweredUtc, now), cancellationToken);
        return changed == 0 && !accept
            ? new AnswerResult("您已经回复过这个邀请。", null, invitation.ActivityId)
            : new AnswerResult(null, signedUp, invitation.ActivityId);
    }
}

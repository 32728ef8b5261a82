using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Activities.Data;
using Portal.Activities.Models;
using Portal.Organization.Contracts;
using Portal.Volunteers.Contracts;

namespace Portal.Activities.Public;

/// <summary>A volunteer's sign-ups and open invitations, for the volunteers module's "我的" page.</summary>
internal sealed class VolunteerActivitiesReader(ActivitiesDbContext db, IUnitDirectory units) : IVolunteerActivities
{
    /// <summary>The newest sign-ups shown; older ones stay in the hours record.</summary>
    private const int Shown = 50;

    public async Task<VolunteerActivities> ForVolunteerAsync(int volunteerId, CancellationToken cancellationToken = default)
    {
        var signUps = await db.SignUps.AsNoTracking().Where(s => s.VolunteerId == volunteerId)
            .Join(db.Activities.AsNoTracking(), s => s.ActivityId, a => a.Id, (s, a) => new { SignUp = s, Activity = a })
            .OrderByDescending(x => x.Activity.StartsUtc).Take(Shown).ToListAsync(cancellationToken);
        var waitlisted = signUps.Where(x => x.SignUp.Status == SignUpStatus.Waitlisted).Select(x => x.Activity.Id).ToList();
        var lines = await db.SignUps.AsNoTracking().Where(s => waitlisted.Contains(s.ActivityId) && s.Status == SignUpStatus.Waitlisted)
            .Select(s => new { s.ActivityId, s.Sequence }).ToListAsync(cancellationToken);

        var rows = signUps.Select(x =>
        {
            var s = x.SignUp;
            var status = s.Status == SignUpStatus.Waitlisted
                ? $"候补第 {lines.Count(l => l.ActivityId == s.ActivityId && l.Sequence <= s.Sequence)} 位"
                : x.Activity.Status == ActivityStatus.Cancelled ? "活动已取消" : s.Status.ToChinese();
            return new VolunteerSignUp(x.Activity.Title, ActivityRoutes.PublicUrl(x.Activity.Id), PublicActivities.When(x.Activity.StartsUtc, x.Activity.EndsUtc),
                s.Status.ToString(), status, Attendance(s), s.Hours?.ToString("0.##", CultureInfo.InvariantCulture));
        }).ToList();

        var invitations = await db.Invitations.AsNoTracking().Where(i => i.VolunteerId == volunteerId && i.Status == InvitationStatus.Pending)
            .Join(db.Activities.AsNoTracking().Where(a => a.Status == ActivityStatus.Recruiting || a.Status == ActivityStatus.Full),
                i => i.ActivityId, a => a.Id, (i, a) => new { i.Id, Activity = a })
            .OrderBy(x => x.Activity.StartsUtc).ToListAsync(cancellationToken);
        var unitNames = invitations.Count == 0 ? [] : (await units.GetTreeAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);

        return new VolunteerActivities(rows, invitations.Select(x => new VolunteerInvitation(
            x.Activity.Title, ActivityRoutes.PublicUrl(x.Activity.Id), PublicActivities.When(x.Activity.StartsUtc, x.Activity.EndsUtc),
            unitNames.GetValueOrDefault(x.Activity.UnitId, ""), ActivityRoutes.InvitationUrl(x.Id, "accept"), ActivityRoutes.InvitationUrl(x.Id, "decline"))).ToList());
    }

    private static string Attendance(SignUp s) => s switch
    {
        { NoShow: true } => "缺席",
        { CheckedOutUtc: not null } => "已签退",
        { CheckedInUtc: not null } => "已签到",
        _ => "",
    };
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Activities.Attendance;
using Portal.Activities.Data;
using Portal.Activities.Models;
using Portal.Activities.Services;
using Portal.Testing;

namespace Portal.Activities.Tests.Attendance;

/// <summary>Activities moved in time (sign-ups close at the start, so tests sign up first and then move the activity to now).</summary>
internal static class AttendanceTestData
{
    /// <summary>Moves the activity to start and end at these offsets from now.</summary>
    public static Task MoveAsync(this PortalFactory site, int activityId, TimeSpan starts, TimeSpan ends)
        => site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ActivitiesDbContext>();
            var activity = await db.Activities.FirstAsync(a => a.Id == activityId);
            activity.StartsUtc = DateTime.UtcNow + starts;
            activity.EndsUtc = DateTime.UtcNow + ends;
            await db.SaveChangesAsync();
        });

    /// <summary>Back-dates a check-in, as if the volunteer had arrived <paramref name="ago"/> earlier.</summary>
    public static Task CheckedInAgoAsync(this PortalFactory site, int activityId, int volunteerId, TimeSpan ago)
        => site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ActivitiesDbContext>();
            var signUp = await db.SignUps.FirstAsync(s => s.ActivityId == activityId && s.VolunteerId == volunteerId);
            signUp.CheckedInUtc = DateTime.UtcNow - ago;
            await db.SaveChangesAsync();
        });

    public static Task<SignUpResult> SignUpAsync(this PortalFactory site, string userId, int activityId)
        => site.WithScopeAsync(sp => sp.GetRequiredService<SignUpService>().SignUpAsync(userId, activityId));

    public static Task<AttendanceResult> ScanAsync(this PortalFactory site, string userId, int activityId, string? token)
        => site.WithScopeAsync(sp => sp.GetRequiredService<AttendanceService>().ScanAsync(userId, activityId, token));

    public static Task<string> CodeAsync(this PortalFactory site, int activityId)
        => site.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<CheckInCode>().TokenFor(activityId)));

    public static string PagePath(int activityId, string token) => CheckInCode.PagePath(activityId, token);

    public static Task<SignUp> SignUpRowAsync(this PortalFactory site, int activityId, int volunteerId)
        => site.WithScopeAsync(sp => sp.GetRequiredService<ActivitiesDbContext>().SignUps.AsNoTracking()
            .SingleAsync(s => s.ActivityId == activityId && s.VolunteerId == volunteerId));
}

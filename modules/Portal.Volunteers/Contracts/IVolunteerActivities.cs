namespace Portal.Volunteers.Contracts;

/// <summary>
/// A volunteer's activities as the module that runs them tells it, for "我的": sign-ups with their attendance, and
/// invitations staff sent to answer. Implemented by the activities module; none when it is off.
/// </summary>
public interface IVolunteerActivities
{
    Task<VolunteerActivities> ForVolunteerAsync(int volunteerId, CancellationToken cancellationToken = default);
}

/// <summary>Sign-ups (newest activity first) and invitations still waiting for an answer.</summary>
public sealed record VolunteerActivities(IReadOnlyList<VolunteerSignUp> SignUps, IReadOnlyList<VolunteerInvitation> Invitations);

/// <summary>
/// One sign-up: the activity (title, address, time in China time), where the volunteer stands (报名成功, 候补第 2 位, 已取消)
/// and attendance (已签到, 已签退, 缺席), with the hours once worked out.
/// </summary>
public sealed record VolunteerSignUp(string Title, string Url, string When, string Status, string StatusName, string Attendance, string? Hours);

/// <summary>An invitation to an activity, with the addresses its accept and decline forms post to (antiforgery-checked).</summary>
public sealed record VolunteerInvitation(string Title, string Url, string When, string UnitName, string AcceptUrl, string DeclineUrl);

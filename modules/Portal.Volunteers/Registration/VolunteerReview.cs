using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Abstractions.Security;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Registration;

/// <summary>
/// Staff decisions on a registration. The caller has already found the volunteer through <c>VolunteerAccess</c>, so it
/// is within the reviewer's units. (A full read of the personal data is <see cref="VolunteerPersonalData"/>.)
/// </summary>
internal sealed class VolunteerReview(VolunteersDbContext db, TimeProvider clock)
{
    public const string StaleMessage = "该志愿者的信息已被他人修改，您的操作未保存。请刷新页面后重试。";
    public const int MaxReasonLength = 500;

    /// <summary>Approves or rejects; null when done, else why not.</summary>
    public async Task<string?> DecideAsync(Volunteer volunteer, bool approve, string? reason, string? version, string reviewer, CancellationToken cancellationToken)
    {
        var cleanReason = (reason ?? "").Trim();
        if (!approve && cleanReason.Length == 0)
            return "请填写不通过的原因，申请人会看到它。";
        if (cleanReason.Length > MaxReasonLength)
            return $"原因不超过 {MaxReasonLength} 个字。";
        if (!Guid.TryParse(version, out var loaded) || loaded != volunteer.Version)
            return StaleMessage;

        volunteer.Status = approve ? VolunteerStatus.Approved : VolunteerStatus.Rejected;
        volunteer.ReviewReason = approve ? "" : cleanReason;
        volunteer.ReviewedBy = reviewer;
        volunteer.ReviewedUtc = clock.GetUtcNow().UtcDateTime;
        db.Entry(volunteer).Property(v => v.Version).OriginalValue = loaded;
        volunteer.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return StaleMessage;
        }
    }
}

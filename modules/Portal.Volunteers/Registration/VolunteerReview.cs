using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Abstractions.Security;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Registration;

/// <summary>
/// Staff decisions on a registration and audited full reads of a volunteer's personal data. The caller has already
/// found the volunteer through <c>VolunteerAccess</c>, so it is within the reviewer's units.
/// </summary>
internal sealed class VolunteerReview(VolunteersDbContext db, IUnitOfWork unitOfWork, IPersonalDataVault vault, TimeProvider clock)
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

    /// <summary>The full personal data, read and recorded (who, whose, when) in one transaction: no read without its audit row.</summary>
    public Task<FullPersonalData> ReadFullAsync(Volunteer volunteer, string readerUserId, string readerName, CancellationToken cancellationToken)
        => unitOfWork.ExecuteAsync(async ct =>
        {
            db.PersonalDataReads.Add(new PersonalDataRead
            {
                VolunteerId = volunteer.Id,
                ReaderUserId = readerUserId,
                ReaderName = readerName,
                Utc = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
            return new FullPersonalData(
                vault.Unprotect(volunteer.IdNumberProtected),
                vault.Unprotect(volunteer.MobileProtected),
                volunteer.AddressProtected.Length == 0 ? "" : vault.Unprotect(volunteer.AddressProtected),
                volunteer.EmergencyPhoneProtected.Length == 0 ? "" : vault.Unprotect(volunteer.EmergencyPhoneProtected));
        }, cancellationToken);

    public Task<List<PersonalDataRead>> ReadsAsync(int volunteerId, CancellationToken cancellationToken)
        => db.PersonalDataReads.AsNoTracking().Where(r => r.VolunteerId == volunteerId)
            .OrderByDescending(r => r.Utc).ThenByDescending(r => r.Id).Take(100).ToListAsync(cancellationToken);
}

internal sealed record FullPersonalData(string IdNumber, string Mobile, string Address, string EmergencyPhone);

using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Abstractions.Settings;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Points;

/// <summary>
/// A volunteer's points: earned once per approved hours entry at VolunteerSettings.PointsPerHour (the unique index on
/// HoursEntryId makes a second credit impossible), spent on redemptions. The balance is the sum of the lines and never
/// goes below zero: a reversal takes back the points its entry earned, but at most what is left, because points
/// already spent on a reward cannot be taken back from the reward.
/// </summary>
internal sealed class PointsAccount(VolunteersDbContext db, IUnitOfWork unitOfWork, ISettingsStore settings, TimeProvider time)
{
    /// <summary>The lock every change of one volunteer's balance holds; taken before a reward's lock.</summary>
    public static string LockName(int volunteerId) => $"volunteers:points:{volunteerId}";

    public Task<int> BalanceAsync(int volunteerId, CancellationToken cancellationToken = default)
        => db.PointsEntries.Where(p => p.VolunteerId == volunteerId).SumAsync(p => p.Points, cancellationToken);

    public static int PointsFor(decimal hours, decimal pointsPerHour)
        => (int)Math.Round(Math.Abs(hours) * pointsPerHour, MidpointRounding.AwayFromZero);

    /// <summary>Credits (or, for a reversal, debits) the points of an approved hours entry; does nothing the second time.</summary>
    public async Task<PointsEntry?> PostForHoursAsync(HoursEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Status != HoursStatus.Approved || entry.Id == 0)
            throw new InvalidOperationException("Points are posted for a saved, approved hours entry.");
        await unitOfWork.LockAsync(LockName(entry.VolunteerId), cancellationToken);
        if (await db.PointsEntries.AnyAsync(p => p.HoursEntryId == entry.Id, cancellationToken))
            return null;

        var rate = ((await settings.GetAsync<VolunteerSettings>(VolunteerSettings.Key, cancellationToken)) ?? new VolunteerSettings()).PointsPerHour;
        int points;
        string reason;
        if (entry.Kind == HoursEntryKind.Reversal)
        {
            var earned = await db.PointsEntries.Where(p => p.HoursEntryId == entry.ReversesId).Select(p => (int?)p.Points).FirstOrDefaultAsync(cancellationToken) ?? 0;
            var taken = Math.Min(Math.Min(PointsFor(entry.Hours, rate), earned), await BalanceAsync(entry.VolunteerId, cancellationToken));
            points = -taken;
            reason = $"服务时长更正（{entry.ServiceDate:yyyy-MM-dd}，{entry.Hours:0.##} 小时）";
        }
        else
        {
            points = PointsFor(entry.Hours, rate);
            reason = $"服务时长（{entry.ServiceDate:yyyy-MM-dd}，{entry.Hours:0.##} 小时）";
        }
        if (points == 0)
            return null;

        var line = new PointsEntry
        {
            VolunteerId = entry.VolunteerId,
            Points = points,
            Reason = reason.Length > 200 ? reason[..200] : reason,
            HoursEntryId = entry.Id,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        db.PointsEntries.Add(line);
        await db.SaveChangesAsync(cancellationToken);
        return line;
    }
}

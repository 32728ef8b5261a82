using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Settings;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Hours;

/// <summary>
/// Stars (星级) from approved hours and VolunteerSettings.StarThresholds. An award row records the first day a level was
/// reached and is kept for ever, as history; the stars shown are always those of the current approved hours, so a
/// reversal that drops a volunteer below a threshold lowers the stars shown without erasing when it was first reached
/// (reached again later, the first date stands).
/// </summary>
internal sealed class StarLevels(VolunteersDbContext db, HoursTotals totals, ISettingsStore settings)
{
    public static int StarsFor(decimal hours, IReadOnlyList<decimal> thresholds) => thresholds.Count(t => hours >= t);

    public static string Symbols(int stars) => new('★', stars);

    public async Task<IReadOnlyList<decimal>> ThresholdsAsync(CancellationToken cancellationToken)
        => ((await settings.GetAsync<VolunteerSettings>(VolunteerSettings.Key, cancellationToken)) ?? new VolunteerSettings())
            .StarThresholds.Order().ToList();

    /// <summary>Awards every level the approved total has reached and the volunteer did not hold yet; runs inside the caller's unit of work.</summary>
    public async Task<IReadOnlyList<StarAward>> AwardAsync(int volunteerId, DateOnly today, CancellationToken cancellationToken)
    {
        var thresholds = await ThresholdsAsync(cancellationToken);
        var hours = await totals.ApprovedAsync(volunteerId, cancellationToken: cancellationToken);
        var held = await db.StarAwards.Where(a => a.VolunteerId == volunteerId).Select(a => a.Stars).ToListAsync(cancellationToken);
        var awarded = new List<StarAward>();
        for (var level = 1; level <= StarsFor(hours, thresholds); level++)
        {
            if (held.Contains(level))
                continue;
            var award = new StarAward { VolunteerId = volunteerId, Stars = level, ReachedOn = today, Hours = hours };
            db.StarAwards.Add(award);
            awarded.Add(award);
        }
        if (awarded.Count > 0)
            await db.SaveChangesAsync(cancellationToken);
        return awarded;
    }
}

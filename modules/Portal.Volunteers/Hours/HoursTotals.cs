using Microsoft.EntityFrameworkCore;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Hours;

/// <summary>
/// Approved hours per volunteer and period (by service date), for stars, the honor roll, certificates and reports.
/// Pending and declined claims never count; a reversal counts (negatively) in the period of the entry it corrects.
/// </summary>
internal sealed class HoursTotals(VolunteersDbContext db)
{
    public async Task<decimal> ApprovedAsync(int volunteerId, HoursPeriod? period = null, CancellationToken cancellationToken = default)
        => (await TotalsAsync([volunteerId], period, cancellationToken)).GetValueOrDefault(volunteerId);

    /// <summary>The approved total of each volunteer (0 for one without entries).</summary>
    public async Task<IReadOnlyDictionary<int, decimal>> TotalsAsync(IReadOnlyCollection<int> volunteerIds, HoursPeriod? period = null,
        CancellationToken cancellationToken = default)
    {
        period ??= HoursPeriod.All;
        var ids = volunteerIds.Distinct().ToList();
        // Summed here: SQLite cannot sum decimals in the database.
        var rows = await db.HoursEntries.AsNoTracking()
            .Where(e => ids.Contains(e.VolunteerId) && e.Status == HoursStatus.Approved
                && e.ServiceDate >= period.From && e.ServiceDate <= period.To)
            .Select(e => new { e.VolunteerId, e.Hours })
            .ToListAsync(cancellationToken);
        var totals = ids.ToDictionary(id => id, _ => 0m);
        foreach (var row in rows)
            totals[row.VolunteerId] += row.Hours;
        return totals;
    }
}

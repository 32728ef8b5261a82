using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Hours;

/// <summary>A line of the public honor roll: nothing personal beyond the volunteer number and the masked name.</summary>
internal sealed record HonorRollLine(int Rank, string Number, string MaskedName, int Stars, string StarSymbols, decimal Hours, string HoursText, IReadOnlyList<string> Teams);

/// <summary>The public honor roll (光荣榜): approved volunteers who opted in, by approved hours, most first.</summary>
internal sealed class HonorRoll(VolunteersDbContext db, HoursTotals totals, StarLevels stars)
{
    public const int MaxLines = 200;

    public async Task<IReadOnlyList<HonorRollLine>> ListAsync(CancellationToken cancellationToken)
    {
        var volunteers = await db.Volunteers.AsNoTracking()
            .Where(v => v.OnHonorRoll && v.Status == VolunteerStatus.Approved)
            .Select(v => new { v.Id, v.Number, v.RealName })
            .ToListAsync(cancellationToken);
        var ids = volunteers.Select(v => v.Id).ToList();
        var hours = await totals.TotalsAsync(ids, cancellationToken: cancellationToken);
        var thresholds = await stars.ThresholdsAsync(cancellationToken);
        var teams = (await db.TeamMembers.AsNoTracking()
                .Where(m => ids.Contains(m.VolunteerId))
                .Join(db.Teams, m => m.TeamId, t => t.Id, (m, t) => new { m.VolunteerId, t.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.VolunteerId, x => x.Name);

        return volunteers
            .Select(v => new { v, Hours = hours[v.Id] })
            .Where(x => x.Hours > 0)
            .OrderByDescending(x => x.Hours).ThenBy(x => x.v.Number, StringComparer.Ordinal)
            .Take(MaxLines)
            .Select((x, i) =>
            {
                var level = StarLevels.StarsFor(x.Hours, thresholds);
                return new HonorRollLine(i + 1, x.v.Number, PersonalDataMask.Name(x.v.RealName), level, StarLevels.Symbols(level), x.Hours,
                    x.Hours.ToString("0.##"), teams[x.v.Id].Order(StringComparer.Ordinal).ToList());
            })
            .ToList();
    }
}

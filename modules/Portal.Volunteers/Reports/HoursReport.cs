using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Reports;

/// <summary>
/// Approved service hours of a period (reversals included), for the volunteers in the user's unit scope: by the
/// volunteer's unit, by team, by month, and per volunteer. Every total is the sum of the same ledger entries, so the
/// unit, month and volunteer tables add up to the same number; a volunteer in two teams counts in both teams.
/// Personal data appears only masked.
/// </summary>
internal sealed class HoursReportBuilder(VolunteersDbContext db, VolunteerAccess access, IUnitDirectory units)
{
    public async Task<HoursReport> BuildAsync(ClaimsPrincipal user, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var visible = await access.VisibleAsync(user, cancellationToken);
        var visibleIds = visible.Select(v => v.Id);
        // Summed here, not in SQL: SQLite cannot aggregate decimals.
        var entries = await db.HoursEntries.AsNoTracking()
            .Where(e => e.Status == HoursStatus.Approved && e.ServiceDate >= from && e.ServiceDate <= to && visibleIds.Contains(e.VolunteerId))
            .Select(e => new { e.VolunteerId, e.Hours, e.ServiceDate })
            .ToListAsync(cancellationToken);

        var ids = entries.Select(e => e.VolunteerId).Distinct().ToList();
        var volunteers = await visible.AsNoTracking().Where(v => ids.Contains(v.Id))
            .Select(v => new { v.Id, v.Number, v.RealName, v.MobileMasked, v.UnitId })
            .ToDictionaryAsync(v => v.Id, cancellationToken);
        var memberships = await (from m in db.TeamMembers.AsNoTracking()
                                 join t in db.Teams.AsNoTracking() on m.TeamId equals t.Id
                                 where ids.Contains(m.VolunteerId)
                                 select new { m.VolunteerId, t.Id, t.Name, t.UnitId }).ToListAsync(cancellationToken);
        var tree = await units.GetTreeAsync(cancellationToken);
        var unitOrder = tree.Select((u, i) => (u, i)).ToDictionary(x => x.u.Id, x => x.i);
        var unitById = tree.ToDictionary(u => u.Id);
        string UnitName(int id) => unitById.TryGetValue(id, out var u) ? u.Name : $"单位 {id}";

        var perVolunteer = entries.GroupBy(e => e.VolunteerId).ToDictionary(g => g.Key, g => g.Sum(e => e.Hours));
        var teamsOf = memberships.ToLookup(m => m.VolunteerId);

        var volunteerRows = perVolunteer
            .Select(p =>
            {
                var v = volunteers[p.Key];
                return new VolunteerHoursRow(v.Number, PersonalDataMask.Name(v.RealName), v.MobileMasked, UnitName(v.UnitId),
                    string.Join("、", teamsOf[p.Key].Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal)), p.Value);
            })
            .OrderByDescending(r => r.Hours).ThenBy(r => r.Number, StringComparer.Ordinal)
            .ToList();

        var unitRows = perVolunteer.GroupBy(p => volunteers[p.Key].UnitId)
            .Select(g => new UnitHoursRow(g.Key, UnitName(g.Key), unitById.TryGetValue(g.Key, out var u) ? u.Code : "", g.Count(), g.Sum(p => p.Value)))
            .OrderBy(r => unitOrder.GetValueOrDefault(r.UnitId, int.MaxValue))
            .ToList();

        var teamRows = memberships.GroupBy(m => (m.Id, m.Name, m.UnitId))
            .Select(g => new TeamHoursRow(g.Key.Name, UnitName(g.Key.UnitId), g.Select(m => m.VolunteerId).Distinct().Count(),
                g.Select(m => m.VolunteerId).Distinct().Sum(id => perVolunteer[id])))
            .OrderByDescending(r => r.Hours).ThenBy(r => r.Team, StringComparer.Ordinal)
            .ToList();
        var teamless = perVolunteer.Where(p => !teamsOf[p.Key].Any()).ToList();
        if (teamless.Count > 0)
            teamRows.Add(new TeamHoursRow("（未加入服务队）", "", teamless.Count, teamless.Sum(p => p.Value)));

        var monthRows = entries.GroupBy(e => (e.ServiceDate.Year, e.ServiceDate.Month))
            .OrderBy(g => g.Key)
            .Select(g => new MonthHoursRow($"{g.Key.Year}-{g.Key.Month:D2}", g.Select(e => e.VolunteerId).Distinct().Count(), g.Count(), g.Sum(e => e.Hours)))
            .ToList();

        return new HoursReport(from, to, entries.Sum(e => e.Hours), entries.Count, unitRows, teamRows, monthRows, volunteerRows);
    }
}

internal sealed record HoursReport(
    DateOnly From,
    DateOnly To,
    decimal TotalHours,
    int Entries,
    IReadOnlyList<UnitHoursRow> Units,
    IReadOnlyList<TeamHoursRow> Teams,
    IReadOnlyList<MonthHoursRow> Months,
    IReadOnlyList<VolunteerHoursRow> Volunteers);

internal sealed record UnitHoursRow(int UnitId, string Unit, string Code, int Volunteers, decimal Hours);

internal sealed record TeamHoursRow(string Team, string Unit, int Volunteers, decimal Hours);

internal sealed record MonthHoursRow(string Month, int Volunteers, int Entries, decimal Hours);

/// <summary>One volunteer's line: number, masked name and phone, never the plaintext.</summary>
internal sealed record VolunteerHoursRow(string Number, string MaskedName, string MaskedPhone, string Unit, string Teams, decimal Hours);

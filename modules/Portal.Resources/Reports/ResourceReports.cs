using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Display;
using Portal.Organization.Contracts;
using Portal.Resources.Data;
using Portal.Resources.Models;
using Portal.Resources.Services;

namespace Portal.Resources.Reports;

/// <summary>One unit's counts: by platform and ownership (a resource serving two platforms counts under each), and its resources once each.</summary>
internal sealed record CountRow(UnitInfo Unit, IReadOnlyDictionary<(string Platform, Ownership Ownership), int> Counts, int Owned, int Available)
{
    public int Total => Owned + Available;
}

/// <summary>Booked hours of approved bookings over the hours open in the period; null where there are no set hours.</summary>
internal sealed record UtilizationRow(string Unit, string UnitCode, string Resource, int? ResourceId, double BookedHours, double OpenHours)
{
    public double? Rate => OpenHours > 0 ? BookedHours / OpenHours : null;
}

internal sealed record ExpiringRow(Resource Resource, string Unit, int DaysLeft);

/// <summary>
/// 摸清底数: what the units in the user's scope have, by platform and ownership; how much the resources are used in a
/// period; which agreements end soon. Only resources not retired count.
/// </summary>
internal sealed class ResourceReports(ResourcesDbContext db, IUnitDirectory units)
{
    public const int ExpiringDays = 60;

    public async Task<IReadOnlyList<CountRow>> CountsAsync(UnitScopeSet scope, CancellationToken cancellationToken)
    {
        var list = await Live(scope).Select(r => new { r.UnitId, r.Platforms, r.Ownership }).ToListAsync(cancellationToken);
        var tree = await units.GetTreeAsync(cancellationToken);
        return tree.Where(u => list.Any(r => r.UnitId == u.Id)).Select(u =>
        {
            var own = list.Where(r => r.UnitId == u.Id).ToList();
            var counts = own.SelectMany(r => r.Platforms.Select(p => (p, r.Ownership))).GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
            return new CountRow(u, counts, own.Count(r => r.Ownership == Ownership.Owned), own.Count(r => r.Ownership == Ownership.Available));
        }).ToList();
    }

    /// <summary>Per resource and per unit, for the days <paramref name="from"/> to <paramref name="to"/> (China time, both included).</summary>
    public async Task<(IReadOnlyList<UtilizationRow> Resources, IReadOnlyList<UtilizationRow> Units)> UtilizationAsync(UnitScopeSet scope, DateOnly from,
        DateOnly to, CancellationToken cancellationToken)
    {
        var start = ChinaTime.DayStartUtc(from);
        var end = ChinaTime.DayStartUtc(to.AddDays(1));
        var list = await Live(scope).OrderBy(r => r.UnitId).ThenBy(r => r.Name).ToListAsync(cancellationToken);
        var ids = list.Select(r => r.Id).ToList();
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => ids.Contains(b.ResourceId) && b.Status == BookingStatus.Approved && b.StartsUtc < end && b.EndsUtc > start)
            .Select(b => new { b.ResourceId, b.StartsUtc, b.EndsUtc }).ToListAsync(cancellationToken);
        var names = (await units.GetTreeAsync(cancellationToken)).ToDictionary(u => u.Id);
        var rows = list.Select(r => new UtilizationRow(
            names.GetValueOrDefault(r.UnitId)?.Name ?? "", names.GetValueOrDefault(r.UnitId)?.Code ?? "", r.Name, r.Id,
            bookings.Where(b => b.ResourceId == r.Id).Sum(b => ((b.EndsUtc < end ? b.EndsUtc : end) - (b.StartsUtc > start ? b.StartsUtc : start)).TotalHours),
            OpeningHours.OpenHours(r.OpeningHours, from, to))).ToList();
        var byUnit = rows.GroupBy(r => (r.Unit, r.UnitCode))
            .Select(g => new UtilizationRow(g.Key.Unit, g.Key.UnitCode, "", null, g.Sum(r => r.BookedHours), g.Sum(r => r.OpenHours))).ToList();
        return (rows, byUnit);
    }

    public async Task<IReadOnlyList<ExpiringRow>> ExpiringAsync(UnitScopeSet scope, DateOnly today, CancellationToken cancellationToken)
    {
        var last = today.AddDays(ExpiringDays);
        var list = await Live(scope).Where(r => r.Ownership == Ownership.Available && r.AgreementEnds != null && r.AgreementEnds >= today && r.AgreementEnds <= last)
            .OrderBy(r => r.AgreementEnds).ThenBy(r => r.Name).ToListAsync(cancellationToken);
        var names = (await units.GetTreeAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        return list.Select(r => new ExpiringRow(r, names.GetValueOrDefault(r.UnitId, ""), r.AgreementEnds!.Value.DayNumber - today.DayNumber)).ToList();
    }

    private IQueryable<Resource> Live(UnitScopeSet scope)
    {
        var ids = scope.UnitIds.ToList();
        return db.Resources.AsNoTracking().Where(r => r.Status != ResourceStatus.Retired && (scope.All || ids.Contains(r.UnitId)));
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Volunteers.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Services;

internal sealed class VolunteerDirectory(VolunteersDbContext db) : IVolunteerDirectory
{
    public async Task<VolunteerInfo?> FindAsync(int volunteerId, CancellationToken cancellationToken = default)
        => ToInfo(await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Id == volunteerId, cancellationToken));

    public async Task<IReadOnlyDictionary<int, VolunteerInfo>> FindManyAsync(IEnumerable<int> volunteerIds, CancellationToken cancellationToken = default)
    {
        var ids = volunteerIds.Distinct().ToList();
        if (ids.Count == 0)
            return new Dictionary<int, VolunteerInfo>();
        return (await db.Volunteers.AsNoTracking().Where(v => ids.Contains(v.Id)).ToListAsync(cancellationToken)).ToDictionary(v => v.Id, v => ToInfo(v)!);
    }

    public async Task<VolunteerInfo?> FindByUserAsync(string userId, CancellationToken cancellationToken = default)
        => ToInfo(await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.UserId == userId, cancellationToken));

    public async Task<IReadOnlyList<VolunteerInfo>> ListApprovedAsync(int limit, CancellationToken cancellationToken = default)
        => (await db.Volunteers.AsNoTracking().Where(v => v.Status == VolunteerStatus.Approved).OrderBy(v => v.Id).Take(limit).ToListAsync(cancellationToken))
            .Select(v => ToInfo(v)!).ToList();

    private static VolunteerInfo? ToInfo(Volunteer? v) => v is null
        ? null
        : new VolunteerInfo(v.Id, v.UserId, v.Number, PersonalDataMask.Name(v.RealName), v.UnitId, v.Skills, v.Availability, v.BirthDate,
            v.Status == VolunteerStatus.Approved);
}

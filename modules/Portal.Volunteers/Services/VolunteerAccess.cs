using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Organization.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Services;

/// <summary>
/// The one place that answers "may this member of staff see or change this volunteer": only within their unit scope
/// (their unit and the units below it; everywhere with ActInAllUnits). Every admin query of volunteers goes through it.
/// </summary>
internal sealed class VolunteerAccess(VolunteersDbContext db, IUnitScope scope)
{
    /// <summary>The volunteers the user may act on (for lists, reports, exports).</summary>
    public async Task<IQueryable<Volunteer>> VisibleAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var units = await scope.GetScopeAsync(user, cancellationToken);
        return units.All ? db.Volunteers : db.Volunteers.Where(v => units.UnitIds.Contains(v.UnitId));
    }

    /// <summary>The volunteer, or null when there is none or it is outside the user's units (the caller answers 404 either way).</summary>
    public async Task<Volunteer?> FindAsync(ClaimsPrincipal user, int volunteerId, CancellationToken cancellationToken)
    {
        var volunteer = await db.Volunteers.FirstOrDefaultAsync(v => v.Id == volunteerId, cancellationToken);
        return volunteer is not null && await scope.CanActOnAsync(user, volunteer.UnitId, cancellationToken) ? volunteer : null;
    }

    public Task<bool> CanActOnUnitAsync(ClaimsPrincipal user, int unitId, CancellationToken cancellationToken)
        => scope.CanActOnAsync(user, unitId, cancellationToken);
}

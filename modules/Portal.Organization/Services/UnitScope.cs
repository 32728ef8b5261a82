using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;
using Portal.Organization.Data;

namespace Portal.Organization.Services;

/// <summary>Reads the tree and the user's assignments on every question, so a move or reassignment counts at once.</summary>
internal sealed class UnitScope(OrganizationDbContext db, IAuthorizationService authorization) : IUnitScope
{
    public async Task<bool> CanActOnAsync(ClaimsPrincipal user, int unitId, CancellationToken cancellationToken = default)
        => (await GetScopeAsync(user, cancellationToken)).Contains(unitId);

    public async Task<UnitScopeSet> GetScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (await authorization.AuthorizeAsync(user, Permissions.ActInAllUnits))
            return UnitScopeSet.Everywhere;

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
            return new(false, new HashSet<int>());

        var assigned = await db.Staff.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.UnitId).ToListAsync(cancellationToken);
        if (assigned.Count == 0)
            return new(false, new HashSet<int>());

        return new(false, UnitTree.Below(await UnitDirectory.LinksAsync(db, cancellationToken), assigned));
    }
}

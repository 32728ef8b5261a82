using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Portal.Abstractions.Data;
using Portal.Core.Data;

namespace Portal.Core.Security;

/// <summary>Which permission names each role holds, stored as role claims and cached until a role changes.</summary>
public sealed class RolePermissions(CoreDbContext db, IMemoryCache cache, IUnitOfWork unitOfWork)
{
    public const string ClaimType = "Permission";
    private const string CacheKey = "Portal.RolePermissions";

    public async Task<IReadOnlyDictionary<string, FrozenSet<string>>> GetAllAsync()
    {
        if (cache.TryGetValue(CacheKey, out IReadOnlyDictionary<string, FrozenSet<string>>? cached))
            return cached!;

        var rows = await (from claim in db.RoleClaims.AsNoTracking()
                          join role in db.Roles.AsNoTracking() on claim.RoleId equals role.Id
                          where claim.ClaimType == ClaimType
                          select new { role.Name, claim.ClaimValue }).ToListAsync();
        var result = rows.GroupBy(r => r.Name!)
            .ToDictionary(g => g.Key, g => g.Select(r => r.ClaimValue!).ToFrozenSet());
        cache.Set(CacheKey, result, TimeSpan.FromMinutes(1));
        return result;
    }

    /// <summary>Replaces a role's permissions.</summary>
    public async Task SetAsync(PortalRole role, IEnumerable<string> permissionNames, CancellationToken cancellationToken = default)
    {
        var wanted = permissionNames.ToHashSet();
        var existing = await db.RoleClaims.Where(c => c.RoleId == role.Id && c.ClaimType == ClaimType).ToListAsync(cancellationToken);
        db.RoleClaims.RemoveRange(existing.Where(c => !wanted.Contains(c.ClaimValue!)));
        foreach (var name in wanted.Except(existing.Select(c => c.ClaimValue!)))
            db.RoleClaims.Add(new() { RoleId = role.Id, ClaimType = ClaimType, ClaimValue = name });
        await db.SaveChangesAsync(cancellationToken);
        // Not before the commit: a request in between would cache the old grants again.
        unitOfWork.OnCommitted(Invalidate);
    }

    public void Invalidate() => cache.Remove(CacheKey);
}

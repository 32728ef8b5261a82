using Microsoft.EntityFrameworkCore;
using Portal.Organization.Contracts;
using Portal.Organization.Data;

namespace Portal.Organization.Services;

internal sealed class UnitDirectory(OrganizationDbContext db) : IUnitDirectory
{
    public async Task<UnitInfo?> FindAsync(int id, CancellationToken cancellationToken = default)
        => (await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken))?.ToInfo();

    public async Task<UnitInfo?> FindByCodeAsync(string code, CancellationToken cancellationToken = default)
        => (await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, cancellationToken))?.ToInfo();

    public async Task<IReadOnlyList<UnitInfo>> GetTreeAsync(CancellationToken cancellationToken = default)
    {
        var units = (await db.Units.AsNoTracking().ToListAsync(cancellationToken)).Select(u => (Info: u.ToInfo(), u.SortOrder)).ToList();
        var children = units.ToLookup(u => u.Info.ParentId);
        var ordered = new List<UnitInfo>(units.Count);
        void Visit(int? parentId)
        {
            foreach (var (info, _) in children[parentId].OrderBy(c => c.SortOrder).ThenBy(c => c.Info.Code, StringComparer.Ordinal))
            {
                ordered.Add(info);
                Visit(info.Id);
            }
        }
        Visit(null);
        return ordered;
    }

    public async Task<IReadOnlySet<int>> UnitAndBelowAsync(int unitId, CancellationToken cancellationToken = default)
        => UnitTree.Below(await LinksAsync(db, cancellationToken), [unitId]);

    public async Task<IReadOnlyList<int>> UnitAndAboveAsync(int unitId, CancellationToken cancellationToken = default)
        => UnitTree.Above(await LinksAsync(db, cancellationToken), unitId);

    /// <summary>The tree's shape only (each unit's id and parent): what walking it needs, without the units' other columns.</summary>
    internal static async Task<List<(int Id, int? ParentId)>> LinksAsync(OrganizationDbContext db, CancellationToken cancellationToken)
        => (await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken))
            .Select(u => (u.Id, u.ParentId)).ToList();
}

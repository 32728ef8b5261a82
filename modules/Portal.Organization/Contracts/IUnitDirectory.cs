namespace Portal.Organization.Contracts;

/// <summary>Reads the unit tree.</summary>
public interface IUnitDirectory
{
    Task<UnitInfo?> FindAsync(int id, CancellationToken cancellationToken = default);

    Task<UnitInfo?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Every unit, parents before children, siblings in display order.</summary>
    Task<IReadOnlyList<UnitInfo>> GetTreeAsync(CancellationToken cancellationToken = default);
}

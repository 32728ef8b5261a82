namespace Portal.Organization.Contracts;

/// <summary>Reads the unit tree.</summary>
public interface IUnitDirectory
{
    Task<UnitInfo?> FindAsync(int id, CancellationToken cancellationToken = default);

    Task<UnitInfo?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Every unit, parents before children, siblings in display order.</summary>
    Task<IReadOnlyList<UnitInfo>> GetTreeAsync(CancellationToken cancellationToken = default);

    /// <summary>The unit and every unit below it (an institute's town with its villages …); empty for an unknown id.</summary>
    Task<IReadOnlySet<int>> UnitAndBelowAsync(int unitId, CancellationToken cancellationToken = default);

    /// <summary>The unit and every unit above it up to the center, the unit first; empty for an unknown id.</summary>
    Task<IReadOnlyList<int>> UnitAndAboveAsync(int unitId, CancellationToken cancellationToken = default);
}

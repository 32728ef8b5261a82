using System.Security.Claims;

namespace Portal.Organization.Contracts;

/// <summary>
/// Answers "may this user act on records of unit X": a unit's staff act on their unit and the units
/// below it; holders of <c>ActInAllUnits</c> (administrators) act everywhere.
/// </summary>
public interface IUnitScope
{
    Task<bool> CanActOnAsync(ClaimsPrincipal user, int unitId, CancellationToken cancellationToken = default);

    /// <summary>The units the user may act on; <see cref="UnitScopeSet.All"/> for everywhere.</summary>
    Task<UnitScopeSet> GetScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}

/// <summary>A set of unit ids, or every unit.</summary>
public sealed record UnitScopeSet(bool All, IReadOnlySet<int> UnitIds)
{
    public static UnitScopeSet Everywhere { get; } = new(true, new HashSet<int>());

    public bool Contains(int unitId) => All || UnitIds.Contains(unitId);
}

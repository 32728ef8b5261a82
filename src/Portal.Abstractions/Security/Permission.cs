namespace Portal.Abstractions.Security;

/// <summary>A right a module declares; granted to roles, demanded by endpoints.</summary>
/// <param name="Name">Stable identifier stored in role grants.</param>
/// <param name="Description">What the permission allows, in Chinese, shown in the roles editor.</param>
/// <param name="ImpliedBy">Broader permissions that include this one.</param>
public sealed record Permission(string Name, string Description, params Permission[] ImpliedBy)
{
    public override string ToString() => Name;

    public bool Equals(Permission? other) => other is not null && other.Name == Name;

    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);
}

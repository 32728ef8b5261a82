using Portal.Abstractions.Modules;
using Portal.Abstractions.Security;
using Portal.Core.Modules;

namespace Portal.Core.Security;

/// <summary>The permissions of one feature, as the roles editor lists them.</summary>
public sealed record PermissionGroup(string FeatureName, IReadOnlyList<Permission> Permissions);

/// <summary>The permissions of the enabled features, grouped by the feature that declares them.</summary>
public sealed class PermissionCatalog(IEnumerable<IPermissionProvider> providers, IFeatureState features, ModuleCatalog modules)
{
    public IReadOnlyList<PermissionGroup> Groups()
        => features.Enabled(providers)
            .Select(p => new PermissionGroup(FeatureName(p), p.GetPermissions().ToList()))
            .ToList();

    public IReadOnlyDictionary<string, Permission> ByName()
        => Groups().SelectMany(g => g.Permissions).DistinctBy(p => p.Name).ToDictionary(p => p.Name);

    /// <summary>Every declared permission name, enabled or not (recipes may grant ahead of enabling).</summary>
    public IReadOnlySet<string> AllNames()
        => providers.SelectMany(p => p.GetPermissions()).Select(p => p.Name).ToHashSet();

    /// <summary>Default grants of every provider (enabled or not), so roles are ready when a feature is switched on.</summary>
    public IEnumerable<Permission> DefaultsFor(string roleName)
        => providers.SelectMany(p => p.GetDefaultStereotypes()).Where(s => s.RoleName == roleName).SelectMany(s => s.Permissions).Distinct();

    private string FeatureName(IPermissionProvider provider)
        => modules.FeaturesOf(provider.GetType()).Select(id => modules.Find(id)?.Name).FirstOrDefault() ?? "系统";
}

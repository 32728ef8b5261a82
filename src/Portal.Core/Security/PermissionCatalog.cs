using Portal.Abstractions.Modules;
using Portal.Abstractions.Security;
using Portal.Core.Modules;

namespace Portal.Core.Security;

/// <summary>The permissions of one feature, as the roles editor lists them.</summary>
public sealed record PermissionGroup(string FeatureName, IReadOnlyList<Permission> Permissions);

/// <summary>
/// The permissions of the enabled features, grouped by the feature that declares them. Every
/// authorization check asks it, so it is built once per set of enabled features.
/// </summary>
public sealed class PermissionCatalog(IEnumerable<IPermissionProvider> providers, FeatureState features, ModuleCatalog modules)
{
    private Snapshot? _snapshot;

    public IReadOnlyList<PermissionGroup> Groups() => Current().Groups;

    public IReadOnlyDictionary<string, Permission> ByName() => Current().ByName;

    /// <summary>Every declared permission name, enabled or not (recipes may grant ahead of enabling).</summary>
    public IReadOnlySet<string> AllNames()
        => providers.SelectMany(p => p.GetPermissions()).Select(p => p.Name).ToHashSet();

    /// <summary>Default grants of every provider (enabled or not), so roles are ready when a feature is switched on.</summary>
    public IEnumerable<Permission> DefaultsFor(string roleName)
        => providers.SelectMany(p => p.GetDefaultStereotypes()).Where(s => s.RoleName == roleName).SelectMany(s => s.Permissions).Distinct();

    private Snapshot Current()
    {
        var enabled = features.EnabledIds;
        if (_snapshot is { } snapshot && ReferenceEquals(snapshot.Enabled, enabled))
            return snapshot;

        var groups = ((IFeatureState)features).Enabled(providers)
            .Select(p => new PermissionGroup(FeatureName(p), p.GetPermissions().ToList()))
            .ToList();
        var byName = groups.SelectMany(g => g.Permissions).DistinctBy(p => p.Name).ToDictionary(p => p.Name);
        return _snapshot = new Snapshot(enabled, groups, byName);
    }

    private sealed record Snapshot(IReadOnlySet<string> Enabled, IReadOnlyList<PermissionGroup> Groups, IReadOnlyDictionary<string, Permission> ByName);

    private string FeatureName(IPermissionProvider provider)
        => modules.FeaturesOf(provider.GetType()).Select(id => modules.Find(id)?.Name).FirstOrDefault() ?? "系统";
}

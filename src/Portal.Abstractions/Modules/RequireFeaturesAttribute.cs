namespace Portal.Abstractions.Modules;

/// <summary>
/// Ties a <see cref="ModuleStartup"/> to features beyond its module's main feature: what it
/// registers is active only while all of them are enabled (Orchard's optional-integration pattern).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequireFeaturesAttribute(params string[] featureIds) : Attribute
{
    public IReadOnlyList<string> FeatureIds { get; } = featureIds;
}

namespace Portal.Resources.Contracts;

/// <summary>The feature ids of the Resources module, for manifests and recipes.</summary>
public static class ResourcesFeature
{
    public const string Id = "Portal.Resources";
}

namespace Portal.Needs.Contracts;

/// <summary>The feature ids of the Needs module, for manifests and recipes.</summary>
public static class NeedsFeature
{
    public const string Id = "Portal.Needs";
}

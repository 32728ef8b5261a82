namespace Portal.Activities.Contracts;

/// <summary>The feature ids of the Activities module, for manifests and recipes.</summary>
public static class ActivitiesFeature
{
    public const string Id = "Portal.Activities";
}

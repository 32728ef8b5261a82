namespace Portal.Volunteers.Contracts;

/// <summary>The feature ids of the Volunteers module, for manifests and recipes.</summary>
public static class VolunteersFeature
{
    public const string Id = "Portal.Volunteers";
}

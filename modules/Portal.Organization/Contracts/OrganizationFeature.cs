namespace Portal.Organization.Contracts;

/// <summary>The feature id of the Organization module, for manifests and recipes.</summary>
public static class OrganizationFeature
{
    public const string Id = "Portal.Organization";
}

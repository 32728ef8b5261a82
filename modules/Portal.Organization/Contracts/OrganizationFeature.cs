namespace Portal.Organization.Contracts;

/// <summary>The feature ids of the Organization module, for manifests and recipes.</summary>
public static class OrganizationFeature
{
    /// <summary>The unit tree, staff and unit scope.</summary>
    public const string Id = "Portal.Organization";

    /// <summary>The public 实践阵地 pages and the home-page widget.</summary>
    public const string PublicPages = "Portal.Organization.PublicPages";
}

namespace Portal.Search.Contracts;

/// <summary>The feature ids of the Search module, for manifests and recipes.</summary>
public static class SearchFeature
{
    /// <summary>Site-wide search.</summary>
    public const string Id = "Portal.Search";
}

namespace Portal.Explainers.Contracts;

/// <summary>The feature id of the Explainers module, for manifests and recipes.</summary>
public static class ExplainersFeature
{
    /// <summary>Policies and their explainers, news, simple pages, columns and the home-page sections that show them.</summary>
    public const string Id = "Portal.Explainers";
}

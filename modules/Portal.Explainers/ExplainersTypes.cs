namespace Portal.Explainers;

/// <summary>The content types this module's code knows by name (the recipe defines them).</summary>
internal static class ExplainersTypes
{
    public const string Policy = "Policy";
    public const string Explainer = "Explainer";
    public const string News = "News";
    public const string Page = "Page";
    public const string Column = "Column";

    public const string NewsUrl = "/news";
    public const string ExplainersUrl = "/explainers";
    public const string AboutUrl = "/about";
}

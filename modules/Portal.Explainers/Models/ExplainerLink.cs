namespace Portal.Explainers.Models;

/// <summary>
/// Which policy an explainer explains, so a policy's page finds its explainers without reading every
/// explainer's document. Tracks the published version (or the latest while never published).
/// </summary>
internal sealed class ExplainerLink
{
    public string ExplainerId { get; set; } = "";

    public string PolicyId { get; set; } = "";

    public bool Published { get; set; }
}

namespace Portal.Briefings.Contracts;

/// <summary>The feature id of the Briefings module, for manifests and recipes.</summary>
public static class BriefingsFeature
{
    /// <summary>简报: the briefing part, numbering per series and year, the public issue and series pages.</summary>
    public const string Id = "Portal.Briefings";

    /// <summary>The content type the setup recipe defines for briefing issues.</summary>
    public const string ContentType = "Briefing";
}

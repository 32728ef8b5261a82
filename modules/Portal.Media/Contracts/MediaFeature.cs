namespace Portal.Media.Contracts;

/// <summary>The feature id of the Media module, for manifests and recipes.</summary>
public static class MediaFeature
{
    /// <summary>Uploads, the media library and public serving of uploaded files.</summary>
    public const string Id = "Portal.Media";
}

namespace Portal.Media;

/// <summary>Route names of the module's endpoints.</summary>
internal static class MediaRoutes
{
    public const string Library = "Media.Library";
    public const string Original = "Media.Original";
    public const string Thumbnail = "Media.Thumbnail";
}

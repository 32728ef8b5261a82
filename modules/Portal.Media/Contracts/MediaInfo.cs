namespace Portal.Media.Contracts;

/// <summary>An uploaded file as other modules see it.</summary>
/// <param name="Path">Where it is stored, relative to the media root (e.g. <c>2026/11/abc.jpg</c>).</param>
/// <param name="ThumbnailWidths">The widths its thumbnails are made in, narrowest first; empty for documents.</param>
public sealed record MediaInfo(
    int Id,
    string Path,
    string OriginalName,
    MediaKind Kind,
    string ContentType,
    long Size,
    int? Width,
    int? Height,
    string Alt,
    IReadOnlyList<int> ThumbnailWidths)
{
    public string Url => MediaUrls.Original(Path);

    /// <summary>
    /// The narrowest thumbnail at least <paramref name="width"/> wide (the widest when none is), or the
    /// original when there are no thumbnails (documents).
    /// </summary>
    public string ThumbnailUrl(int width)
    {
        if (ThumbnailWidths.Count == 0)
            return Url;
        var chosen = ThumbnailWidths.FirstOrDefault(w => w >= width, ThumbnailWidths[^1]);
        return MediaUrls.Thumbnail(Path, chosen);
    }
}

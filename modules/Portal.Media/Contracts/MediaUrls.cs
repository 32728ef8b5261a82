namespace Portal.Media.Contracts;

/// <summary>The public addresses of uploaded files: <c>/media/{path}</c> and <c>/media/thumbs/{width}/{path}</c>.</summary>
public static class MediaUrls
{
    public const string Prefix = "/media/";
    public const string ThumbnailPrefix = "/media/thumbs/";

    /// <summary>The address of the original file stored at <paramref name="path"/> (e.g. <c>2026/11/abc.jpg</c>).</summary>
    public static string Original(string path) => Prefix + path;

    /// <summary>The address of the thumbnail <paramref name="width"/> pixels wide of the image at <paramref name="path"/>.</summary>
    public static string Thumbnail(string path, int width) => $"{ThumbnailPrefix}{width}/{path}";

    /// <summary>The stored path of an original's address (<c>/media/2026/11/abc.jpg</c> → <c>2026/11/abc.jpg</c>); null for any other address.</summary>
    public static string? PathOf(string url)
    {
        if (!url.StartsWith(Prefix, StringComparison.Ordinal) || url.StartsWith(ThumbnailPrefix, StringComparison.Ordinal))
            return null;
        var path = url[Prefix.Length..].Split('?', '#')[0];
        return path.Length == 0 ? null : path;
    }
}

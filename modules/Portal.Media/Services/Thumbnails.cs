using SkiaSharp;

namespace Portal.Media.Services;

/// <summary>The thumbnails every image gets at upload, and the format they are kept in.</summary>
internal static class Thumbnails
{
    /// <summary>
    /// Fixed, not configured: thumbnails are made once at upload, so other widths would have none.
    /// 320 fits lists and cards, 960 the body of an article.
    /// </summary>
    public static IReadOnlyList<int> Widths { get; } = [320, 960];

    /// <summary>Photos stay JPEG; the rest (which may be transparent) become WebP.</summary>
    public static ThumbnailFormat FormatFor(string originalContentType)
        => originalContentType == "image/jpeg" ? ThumbnailFormat.Jpeg : ThumbnailFormat.WebP;
}

internal sealed record ThumbnailFormat(string Extension, string ContentType, SKEncodedImageFormat Encoding, int Quality)
{
    public static ThumbnailFormat Jpeg { get; } = new(".jpg", "image/jpeg", SKEncodedImageFormat.Jpeg, 82);

    public static ThumbnailFormat WebP { get; } = new(".webp", "image/webp", SKEncodedImageFormat.Webp, 80);
}

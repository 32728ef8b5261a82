namespace Portal.Media.Services;

/// <summary>The upload limits, from <c>Portal:Media</c> in configuration.</summary>
internal sealed class MediaOptions
{
    public const string Section = "Portal:Media";
    private const long Megabyte = 1024 * 1024;

    /// <summary>The largest file accepted (<c>Portal:Media:MaxUploadBytes</c>).</summary>
    public long MaxUploadBytes { get; set; } = 20 * Megabyte;

    /// <summary>The largest image accepted (<c>Portal:Media:MaxImageBytes</c>); never more than <see cref="MaxUploadBytes"/>.</summary>
    public long MaxImageBytes { get; set; } = 10 * Megabyte;

    /// <summary>The most pixels an image may have, so that decoding a small crafted file cannot exhaust memory.</summary>
    public long MaxImagePixels { get; set; } = 50_000_000;

    /// <summary>How many files one post of the library's upload form may carry.</summary>
    public int MaxFilesPerPost { get; set; } = 10;

    public long LimitFor(bool image) => image ? Math.Min(MaxImageBytes, MaxUploadBytes) : MaxUploadBytes;
}

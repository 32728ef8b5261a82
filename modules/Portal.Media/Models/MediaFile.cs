using Portal.Media.Contracts;

namespace Portal.Media.Models;

/// <summary>An uploaded file: where it is stored, what it is, who uploaded it.</summary>
internal sealed class MediaFile
{
    public const int MaxOriginalNameLength = 255;
    public const int MaxAltLength = 200;

    public int Id { get; set; }

    /// <summary>Relative to the media root, generated at upload: <c>yyyy/MM/{random}.{ext}</c>.</summary>
    public string Path { get; set; } = "";

    /// <summary>The name the file had on the uploader's computer; documents download under it.</summary>
    public string OriginalName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public MediaKind Kind { get; set; }

    public long Size { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    public string UploadedById { get; set; } = "";

    public string UploadedByName { get; set; } = "";

    public DateTime UploadedUtc { get; set; }

    /// <summary>The text read out in place of an image (替代文字).</summary>
    public string Alt { get; set; } = "";
}

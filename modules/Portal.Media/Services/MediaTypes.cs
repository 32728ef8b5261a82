using Portal.Media.Contracts;

namespace Portal.Media.Services;

/// <summary>A kind of file the library accepts: its extension, the format its content must have, and how it is served.</summary>
internal sealed record MediaType(string Extension, FileFormat Format, string ContentType, MediaKind Kind);

/// <summary>The accepted extensions. Nothing else is stored, whatever its content.</summary>
internal static class MediaTypes
{
    public static IReadOnlyList<MediaType> All { get; } =
    [
        new(".jpg", FileFormat.Jpeg, "image/jpeg", MediaKind.Image),
        new(".jpeg", FileFormat.Jpeg, "image/jpeg", MediaKind.Image),
        new(".png", FileFormat.Png, "image/png", MediaKind.Image),
        new(".gif", FileFormat.Gif, "image/gif", MediaKind.Image),
        new(".webp", FileFormat.WebP, "image/webp", MediaKind.Image),
        new(".pdf", FileFormat.Pdf, "application/pdf", MediaKind.Document),
        new(".doc", FileFormat.OleCompound, "application/msword", MediaKind.Document),
        new(".docx", FileFormat.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaKind.Document),
        new(".xls", FileFormat.OleCompound, "application/vnd.ms-excel", MediaKind.Document),
        new(".xlsx", FileFormat.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaKind.Document),
    ];

    /// <summary>The <c>accept</c> attribute of file inputs.</summary>
    public static string Accept { get; } = string.Join(",", All.Select(t => t.Extension));

    /// <summary>The <c>accept</c> attribute of file inputs that take images only.</summary>
    public static string ImageAccept { get; } = string.Join(",", All.Where(t => t.Kind == MediaKind.Image).Select(t => t.Extension));

    public const string ImagesText = "JPG、PNG、GIF、WebP 图片";

    public const string AcceptedText = "图片（JPG、PNG、GIF、WebP）和文档（PDF、DOC、DOCX、XLS、XLSX）";

    public static MediaType? ForExtension(string extension)
        => All.FirstOrDefault(t => string.Equals(t.Extension, extension, StringComparison.OrdinalIgnoreCase));
}

namespace Portal.Media.Contracts;

/// <summary>What an uploaded file is: a picture shown inline, or a document offered for download.</summary>
public enum MediaKind
{
    /// <summary>JPEG, PNG, GIF or WebP; has a size in pixels and thumbnails.</summary>
    Image = 0,
    /// <summary>PDF, Word (DOC/DOCX) or Excel (XLS/XLSX); downloaded under its original name.</summary>
    Document = 1,
}

public static class MediaKindNames
{
    public static string ToChinese(this MediaKind kind) => kind == MediaKind.Image ? "图片" : "文档";
}

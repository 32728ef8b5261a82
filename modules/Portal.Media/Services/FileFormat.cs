namespace Portal.Media.Services;

/// <summary>What a file's bytes say it is, whatever its name says.</summary>
internal enum FileFormat
{
    Unknown,
    Jpeg,
    Png,
    Gif,
    WebP,
    Pdf,
    /// <summary>An Office Open XML package with <c>word/document.xml</c>.</summary>
    Docx,
    /// <summary>An Office Open XML package with <c>xl/workbook.xml</c>.</summary>
    Xlsx,
    /// <summary>An OLE compound file: Word 97–2003 (DOC) or Excel 97–2003 (XLS), told apart by the extension.</summary>
    OleCompound,
    /// <summary>A ZIP archive that is neither a Word nor an Excel document.</summary>
    Zip,
}

internal static class FileFormatNames
{
    /// <summary>How the refusal of a mismatched upload names what the file really is; null when unknown.</summary>
    public static string? Describe(this FileFormat format) => format switch
    {
        FileFormat.Jpeg => "JPEG 图片",
        FileFormat.Png => "PNG 图片",
        FileFormat.Gif => "GIF 图片",
        FileFormat.WebP => "WebP 图片",
        FileFormat.Pdf => "PDF 文档",
        FileFormat.Docx => "Word 文档（DOCX）",
        FileFormat.Xlsx => "Excel 表格（XLSX）",
        FileFormat.OleCompound => "Office 97–2003 文档（DOC/XLS）",
        FileFormat.Zip => "ZIP 压缩包",
        _ => null,
    };
}

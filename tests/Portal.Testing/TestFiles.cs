using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Portal.Testing;

/// <summary>Real files of each accepted kind, made in memory, and a few impostors.</summary>
public static class TestFiles
{
    /// <summary>A PNG with a gradient and circles, so it compresses like a picture rather than a flat colour.</summary>
    public static byte[] Png(int width = 1200, int height = 800) => Image(width, height, SKEncodedImageFormat.Png);

    public static byte[] Jpeg(int width = 1200, int height = 800) => Image(width, height, SKEncodedImageFormat.Jpeg);

    public static byte[] Pdf() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
        "trailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Text() => Encoding.UTF8.GetBytes("这不是图片，只是一段文字。\n");

    /// <summary>The smallest Word package: its content types and <c>word/document.xml</c>.</summary>
    public static byte[] Docx() => Package(("word/document.xml",
        """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>简报</w:t></w:r></w:p></w:body></w:document>"""));

    /// <summary>The smallest Excel package: its content types and <c>xl/workbook.xml</c>.</summary>
    public static byte[] Xlsx() => Package(("xl/workbook.xml",
        """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>"""));

    public static byte[] Zip() => Package(("readme.txt", "不是 Office 文档"));

    /// <summary>The OLE compound-file signature followed by padding: what a DOC or XLS starts with.</summary>
    public static byte[] Ole() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

    /// <summary>A unique original name, so tests can find their own upload.</summary>
    public static string Name(string extension, string stem = "测试") => $"{stem}{Guid.NewGuid():N}"[..(stem.Length + 8)] + extension;

    private static byte[] Image(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var gradient = new SKPaint
            {
                Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [SKColors.SteelBlue, SKColors.Gold], SKShaderTileMode.Clamp),
            };
            canvas.DrawRect(0, 0, width, height, gradient);
            using var dot = new SKPaint { Color = SKColors.Firebrick, IsAntialias = true };
            for (var i = 0; i < 40; i++)
                canvas.DrawCircle(i * 37 % width, i * 53 % height, 10 + i % 30, dot);
        }
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(format, 90).ToArray();
    }

    private static byte[] Package(params (string Name, string Content)[] parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts.Prepend(("[Content_Types].xml",
                """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""")))
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }
        return buffer.ToArray();
    }
}

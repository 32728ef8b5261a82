using System.Text;
using Portal.Media.Services;
using Portal.Testing;
using SkiaSharp;

namespace Portal.Media.Tests.Services;

public sealed class FileSnifferTests
{
    public static TheoryData<string, string> Samples() => new()
    {
        { "png", nameof(FileFormat.Png) },
        { "jpeg", nameof(FileFormat.Jpeg) },
        { "gif", nameof(FileFormat.Gif) },
        { "webp", nameof(FileFormat.WebP) },
        { "pdf", nameof(FileFormat.Pdf) },
        { "docx", nameof(FileFormat.Docx) },
        { "xlsx", nameof(FileFormat.Xlsx) },
        { "ole", nameof(FileFormat.OleCompound) },
        { "zip", nameof(FileFormat.Zip) },
        { "text", nameof(FileFormat.Unknown) },
        { "empty", nameof(FileFormat.Unknown) },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Detect_TellsTheFormatFromTheContent(string sample, string expected)
    {
        using var content = new MemoryStream(Bytes(sample));

        Assert.Equal(Enum.Parse<FileFormat>(expected), FileSniffer.Detect(content));
    }

    [Fact]
    public void Detect_LeavesTheStreamAtTheStart()
    {
        using var content = new MemoryStream(TestFiles.Docx());
        content.Position = 10;

        FileSniffer.Detect(content);

        Assert.Equal(0, content.Position);
    }

    [Fact]
    public void Detect_APackageWithoutContentTypes_IsAPlainZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            zip.CreateEntry("word/document.xml");
        buffer.Position = 0;

        Assert.Equal(FileFormat.Zip, FileSniffer.Detect(buffer));
    }

    [Fact]
    public void Detect_ATruncatedZip_IsUnknown()
    {
        using var content = new MemoryStream(TestFiles.Docx()[..40]);

        Assert.Equal(FileFormat.Unknown, FileSniffer.Detect(content));
    }

    private static byte[] Bytes(string sample) => sample switch
    {
        "png" => TestFiles.Png(8, 8),
        "jpeg" => TestFiles.Jpeg(8, 8),
        "gif" => "GIF89a"u8.ToArray().Concat(new byte[20]).ToArray(),
        "webp" => Encode(SKEncodedImageFormat.Webp),
        "pdf" => TestFiles.Pdf(),
        "docx" => TestFiles.Docx(),
        "xlsx" => TestFiles.Xlsx(),
        "ole" => TestFiles.Ole(),
        "zip" => TestFiles.Zip(),
        "text" => Encoding.UTF8.GetBytes("%PDF 不是：缺少连字符"),
        _ => [],
    };

    private static byte[] Encode(SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(8, 8);
        bitmap.Erase(SKColors.Teal);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(format, 80).ToArray();
    }
}

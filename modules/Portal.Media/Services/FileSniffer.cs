using System.IO.Compression;

namespace Portal.Media.Services;

/// <summary>Tells a file's format from its first bytes (and, for ZIP packages, from the parts inside).</summary>
internal static class FileSniffer
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Gif87 = "GIF87a"u8.ToArray();
    private static readonly byte[] Gif89 = "GIF89a"u8.ToArray();
    private static readonly byte[] Riff = "RIFF"u8.ToArray();
    private static readonly byte[] Webp = "WEBP"u8.ToArray();
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Reads <paramref name="content"/> (which must be seekable) and puts it back at the start.</summary>
    public static FileFormat Detect(Stream content)
    {
        if (!content.CanSeek)
            throw new ArgumentException("The content must be seekable.", nameof(content));
        content.Position = 0;
        Span<byte> head = stackalloc byte[16];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;

        if (head.StartsWith(Jpeg)) return FileFormat.Jpeg;
        if (head.StartsWith(Png)) return FileFormat.Png;
        if (head.StartsWith(Gif87) || head.StartsWith(Gif89)) return FileFormat.Gif;
        if (head.StartsWith(Riff) && head.Length >= 12 && head[8..12].SequenceEqual(Webp)) return FileFormat.WebP;
        if (head.StartsWith(Pdf)) return FileFormat.Pdf;
        if (head.StartsWith(Ole)) return FileFormat.OleCompound;
        if (head.StartsWith(Zip)) return DetectPackage(content);
        return FileFormat.Unknown;
    }

    /// <summary>Looks only at the archive's directory: nothing is decompressed.</summary>
    private static FileFormat DetectPackage(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            var word = names.Contains("word/document.xml");
            var excel = names.Contains("xl/workbook.xml");
            if (!names.Contains("[Content_Types].xml") || word == excel)
                return FileFormat.Zip;
            return word ? FileFormat.Docx : FileFormat.Xlsx;
        }
        catch (InvalidDataException)
        {
            return FileFormat.Unknown;
        }
        finally
        {
            content.Position = 0;
        }
    }
}

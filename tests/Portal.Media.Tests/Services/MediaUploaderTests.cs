using Portal.Media.Services;

namespace Portal.Media.Tests.Services;

public sealed class MediaUploaderTests
{
    [Theory]
    [InlineData("照片.jpg", "照片.jpg")]
    [InlineData(@"C:\Users\张三\Desktop\简报.docx", "简报.docx")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("  有空格.pdf  ", "有空格.pdf")]
    [InlineData("带\u0000控制\u001f字符.png", "带控制字符.png")]
    [InlineData(null, "")]
    public void CleanName_KeepsOnlyTheFileName(string? given, string expected)
        => Assert.Equal(expected, MediaUploader.CleanName(given));

    [Fact]
    public void CleanName_ShortensALongNameButKeepsItsExtension()
    {
        var name = MediaUploader.CleanName(new string('长', 300) + ".xlsx");

        Assert.Equal(255, name.Length);
        Assert.EndsWith("长.xlsx", name);
    }

    [Theory]
    [InlineData(20L * 1024 * 1024, "20 MB")]
    [InlineData(10L * 1024 * 1024, "10 MB")]
    [InlineData(1536L * 1024, "1.5 MB")]
    [InlineData(8192, "8 KB")]
    [InlineData(900, "900 字节")]
    public void SizeText_ReadsAsPeopleSayIt(long bytes, string expected) => Assert.Equal(expected, SizeText.Format(bytes));
}

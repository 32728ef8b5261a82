using System.Text;
using Portal.Core.Display;

namespace Portal.Core.Tests.Display;

public sealed class CsvFilesTests
{
    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes.AsSpan(3));

    [Fact]
    public void TheFile_StartsWithAByteOrderMark_SoExcelReadsTheChinese()
    {
        var bytes = new CsvFiles().Write(["单位", "服务时长（小时）"], [["澄江街道", "12.5"]]);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(["单位,服务时长（小时）", "澄江街道,12.5"], Text(bytes).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")")]
    [InlineData("+1+1")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    public void ACellThatStartsLikeAFormula_IsEscaped(string cell)
    {
        var line = Text(new CsvFiles().Write(["内容"], [[cell]])).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries)[1];
        Assert.DoesNotMatch("^\"?[=+\\-@]", line);
        Assert.Contains(cell.Replace("\"", "\"\""), line);
    }

    [Fact]
    public void CommasQuotesAndLineBreaks_StayInTheirCell()
    {
        var text = Text(new CsvFiles().Write(["a", "b"], [["一,二", "他说\"好\"\n第二行"]]));
        Assert.Contains("\"一,二\",\"他说\"\"好\"\"\n第二行\"", text);
    }
}

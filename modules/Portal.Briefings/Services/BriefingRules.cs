using System.Text;
using System.Text.RegularExpressions;
using Portal.Briefings.Models;

namespace Portal.Briefings.Services;

/// <summary>What makes an issue well-formed, and the title and address that follow from it.</summary>
internal static partial class BriefingRules
{
    public const string Part = nameof(BriefingPart);
    public const int MaxSeriesLength = 64;

    /// <summary>Trims every text, drops empty articles and empty recipient lines.</summary>
    public static void Normalize(BriefingPart part)
    {
        part.Series = part.Series.Trim();
        part.SpecialLabel = part.SpecialLabel.Trim();
        part.Issuer = part.Issuer.Trim();
        part.IssuingOffice = part.IssuingOffice.Trim();
        part.DocumentPrefix = part.DocumentPrefix.Trim();
        foreach (var article in part.Articles)
        {
            article.Title = article.Title.Trim();
            article.Html = article.Html.Trim();
        }
        // The editor always offers an empty row for one more article.
        part.Articles = part.Articles.Where(a => a.Title.Length > 0 || HasText(a.Html)).ToList();
        part.ReportTo = Lines(part.ReportTo);
        part.SendTo = Lines(part.SendTo);
        part.IssueTo = Lines(part.IssueTo);
    }

    /// <summary>The problems of a normalized part, keyed by editor field (<c>BriefingPart.Number</c>).</summary>
    public static List<(string Key, string Message)> Validate(BriefingPart part)
    {
        var errors = new List<(string, string)>();
        void Fail(string field, string message) => errors.Add(($"{Part}.{field}", message));

        if (part.Series.Length == 0)
            Fail(nameof(part.Series), "请填写刊名（如 江苏精神文明建设简报）。");
        else if (part.Series.Length > MaxSeriesLength)
            Fail(nameof(part.Series), $"刊名最多 {MaxSeriesLength} 个字。");
        else if (!part.Series.EnumerateRunes().All(r => Rune.IsLetterOrDigit(r) || r.Value is '-' or '_'))
            Fail(nameof(part.Series), "刊名只能由汉字、字母和数字组成（它是网址的一部分），不能含空格或标点。");

        if (part.Number < 1)
            Fail(nameof(part.Number), "期号须为正整数（从第 1 期起）。");
        else if (part.Number > 9999)
            Fail(nameof(part.Number), "期号最大为 9999。");

        if (part.Date is not { } date)
            Fail(nameof(part.Date), "请填写日期（期号按日期所在年份编排）。");
        else if (date.Year is < 1949 or > 2100)
            Fail(nameof(part.Date), "日期须在 1949 年到 2100 年之间。");

        if (part.SpecialLabel.Length > 64)
            Fail(nameof(part.SpecialLabel), "专刊名称最多 64 个字。");
        if (part.SpecialNumber is < 1)
            Fail(nameof(part.SpecialNumber), "专刊期号须为正整数。");
        else if (part.SpecialNumber is not null && part.SpecialLabel.Length == 0)
            Fail(nameof(part.SpecialLabel), "填写了专刊期号，请同时填写专刊名称。");

        if (part.Issuer.Length == 0)
            Fail(nameof(part.Issuer), "请填写编发单位（如 江苏省文明办）。");
        else if (part.Issuer.Length > 64)
            Fail(nameof(part.Issuer), "编发单位最多 64 个字。");

        if (part.Articles.Count == 0)
            Fail(nameof(part.Articles), "至少要有一篇文章（有标题）。");
        for (var i = 0; i < part.Articles.Count; i++)
        {
            var title = part.Articles[i].Title;
            if (title.Length == 0)
                Fail($"Articles[{i}].Title", $"第 {i + 1} 篇文章缺少标题。");
            else if (title.Length > 200)
                Fail($"Articles[{i}].Title", $"第 {i + 1} 篇文章的标题最多 200 个字。");
        }

        foreach (var (field, lines) in new[] { (nameof(part.ReportTo), part.ReportTo), (nameof(part.SendTo), part.SendTo), (nameof(part.IssueTo), part.IssueTo) })
            if (lines.Count > 30 || lines.Any(l => l.Length > 100))
                Fail(field, "报送单位最多 30 行，每行最多 100 个字。");

        if (part.IssuingOffice.Length > 64)
            Fail(nameof(part.IssuingOffice), "印发单位最多 64 个字。");
        if (part.Copies is < 0)
            Fail(nameof(part.Copies), "印数不能为负数。");
        else if (part.Copies > 1_000_000)
            Fail(nameof(part.Copies), "印数最多 1000000 份。");
        if (part.DocumentPrefix.Length > 16)
            Fail(nameof(part.DocumentPrefix), "文号前缀最多 16 个字。");
        if (part.DocumentNumber is < 1)
            Fail(nameof(part.DocumentNumber), "文号须为正整数。");
        return errors;
    }

    /// <summary>e.g. 江苏精神文明建设简报 2018年第27期.</summary>
    public static string TitleOf(BriefingPart part) => $"{part.Series} {part.Year}年第{part.Number}期";

    public static string PathOf(BriefingPart part) => BriefingsRoutes.IssuePath(part.Series, part.Year, part.Number);

    /// <summary>e.g. 2018年12月21日, as the masthead prints it.</summary>
    public static string DateText(DateOnly? date) => date is { } d ? $"{d.Year}年{d.Month}月{d.Day}日" : "";

    private static bool HasText(string html) => Tags().Replace(html, "").Replace("&nbsp;", "").Trim().Length > 0 || html.Contains("<img", StringComparison.OrdinalIgnoreCase);

    private static List<string> Lines(IEnumerable<string> lines)
        => lines.SelectMany(l => l.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}

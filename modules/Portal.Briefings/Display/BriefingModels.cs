using System.Globalization;
using Portal.Briefings.Models;
using Portal.Briefings.Services;

namespace Portal.Briefings.Display;

/// <summary>What the theme's <c>Content-Briefing</c> template prints: the masthead, the articles and the footer.</summary>
internal sealed record BriefingSheet(
    string Series,
    string SeriesUrl,
    int Year,
    int Number,
    string SpecialLabel,
    int? SpecialNumber,
    string Issuer,
    string DateText,
    string DateIso,
    IReadOnlyList<BriefingArticle> Articles,
    IReadOnlyList<RecipientGroup> Recipients,
    string IssuingOffice,
    int? Copies,
    string DocumentPrefix,
    int? DocumentNumber,
    IReadOnlyList<BriefingLink> Breadcrumbs)
{
    public bool HasFooter => Recipients.Count > 0 || IssuingOffice.Length > 0 || Copies is not null || DocumentNumber is not null;

    public static BriefingSheet From(BriefingPart part, string title, string url)
    {
        var seriesUrl = BriefingsRoutes.SeriesUrl(part.Series);
        var recipients = new[] { ("报", "report", part.ReportTo), ("送", "send", part.SendTo), ("发", "issue", part.IssueTo) }
            .Where(g => g.Item3.Count > 0)
            .Select(g => new RecipientGroup(g.Item1, g.Item2, g.Item3))
            .ToList();
        return new BriefingSheet(
            part.Series, seriesUrl, part.Year, part.Number, part.SpecialLabel, part.SpecialNumber, part.Issuer,
            BriefingRules.DateText(part.Date), part.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            part.Articles, recipients, part.IssuingOffice, part.Copies, part.DocumentPrefix, part.DocumentNumber,
            [new("首页", "/"), new("简报", BriefingsRoutes.AllSeriesUrl), new(part.Series, seriesUrl), new($"{part.Year}年第{part.Number}期", url)]);
    }
}

/// <summary>报, 送 or 发 and its lines; the first line follows the label, the others are indented under it.</summary>
internal sealed record RecipientGroup(string Label, string Kind, IReadOnlyList<string> Lines);

internal sealed record BriefingLink(string Text, string Url);

/// <summary>An issue in a list.</summary>
internal sealed record BriefingSummary(
    string Title, string Series, string SeriesUrl, int Year, int Number, string SpecialLabel, int? SpecialNumber,
    string DateText, string DateIso, string Url, IReadOnlyList<string> ArticleTitles);

internal sealed record BriefingYear(int Year, IReadOnlyList<BriefingSummary> Issues);

/// <summary>The theme's <c>BriefingSeries</c> page: one series, its issues by year, newest first.</summary>
internal sealed record BriefingSeriesPage(string Name, string Url, int Count, IReadOnlyList<BriefingYear> Years);

internal sealed record BriefingSeriesCard(string Name, string Url, int Count, BriefingSummary Latest);

/// <summary>The theme's <c>BriefingSeriesList</c> page: every series with its latest issue.</summary>
internal sealed record BriefingSeriesListPage(IReadOnlyList<BriefingSeriesCard> Series);

/// <summary>The theme's <c>BriefingsLatest</c> widget on the home page.</summary>
internal sealed record BriefingsLatest(IReadOnlyList<BriefingSummary> Issues, string MoreUrl);

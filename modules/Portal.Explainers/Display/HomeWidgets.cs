using Portal.Abstractions.Contents;
using Portal.Abstractions.Display;

namespace Portal.Explainers.Display;

/// <summary>
/// The home page's content sections (headline news, latest explainers, each column's latest items)
/// and the main navigation's 新闻动态, 政策解读 and 关于我们.
/// </summary>
/// <remarks>
/// The activities section is not a widget here: a provider cannot see what other providers add, so
/// "a placeholder until the activities module fills the zone" is decided where the zone is written,
/// in the theme's Home template (zone <c>HomeActivities</c>).
/// </remarks>
internal sealed class HomeWidgets(IContentManager contents, IContentDisplay display, IRichTextSanitizer richText) : IZoneWidgetProvider, IPublicNavigationProvider
{
    private const int ListLength = 5;

    public async Task<IEnumerable<ZoneWidget>> GetWidgetsAsync(Shape page, CancellationToken cancellationToken)
    {
        if (page.Name != "Home")
            return [];
        var widgets = new List<ZoneWidget>();
        if (await NewsAsync(cancellationToken) is { } news)
            widgets.Add(new ZoneWidget("HomeMain", new Shape("HomeNews", news), Position: 1));
        if (await LatestAsync(ExplainersTypes.Explainer, cancellationToken) is { Count: > 0 } explainers)
            widgets.Add(new ZoneWidget("HomeMain", new Shape("HomeExplainers", new HomeExplainers(explainers, ExplainersTypes.ExplainersUrl)), Position: 3));
        if (await ColumnsAsync(cancellationToken) is { Count: > 0 } columns)
            widgets.Add(new ZoneWidget("HomeMain", new Shape("HomeColumns", new HomeColumns(columns)), Position: 4));
        widgets.Add(new ZoneWidget("HomeGuide", new Shape("GuideCard", new LinkCard("政策解读", ExplainersTypes.ExplainersUrl, "看懂与志愿服务、文明实践有关的政策：文字、图解和视频解读。")), Position: 20));
        return widgets;
    }

    public IEnumerable<NavigationLink> GetLinks() =>
    [
        new("新闻动态", ExplainersTypes.NewsUrl, 10),
        new("政策解读", ExplainersTypes.ExplainersUrl, 20),
        new("关于我们", ExplainersTypes.AboutUrl, 90),
    ];

    /// <summary>The newest item with a cover leads (big, with its picture); the others follow as a list.</summary>
    private async Task<HomeNews?> NewsAsync(CancellationToken cancellationToken)
    {
        var latest = (await contents.QueryAsync(new ContentQuery { Types = [ExplainersTypes.News], Take = ListLength + 1 }, cancellationToken)).Items;
        if (latest.Count == 0)
            return null;
        var headline = latest.FirstOrDefault(i => i.As<CoverPart>() is { Url.Length: > 0 }) ?? latest[0];
        return new HomeNews(
            ItemCard.From(headline, display.UrlOf(headline), richText, summaryLength: 120),
            latest.Where(i => i != headline).Take(ListLength).Select(i => ItemCard.From(i, display.UrlOf(i), richText)).ToList(),
            ExplainersTypes.NewsUrl);
    }

    private async Task<List<ItemCard>> LatestAsync(string type, CancellationToken cancellationToken)
        => (await contents.QueryAsync(new ContentQuery { Types = [type], Take = ListLength }, cancellationToken)).Items
            .Select(i => ItemCard.From(i, display.UrlOf(i), richText)).ToList();

    /// <summary>Columns in the order they were created, each with its newest items and a link to all of them.</summary>
    private async Task<List<ColumnCard>> ColumnsAsync(CancellationToken cancellationToken)
    {
        var columns = (await contents.QueryAsync(new ContentQuery { Types = [ExplainersTypes.Column], Order = ContentOrder.PublishedAscending, Take = 12 }, cancellationToken)).Items;
        var cards = new List<ColumnCard>();
        foreach (var column in columns)
        {
            var items = (await contents.QueryAsync(new ContentQuery { ColumnId = column.ContentItemId, Take = ListLength }, cancellationToken)).Items;
            cards.Add(new ColumnCard(column.DisplayText, display.UrlOf(column), items.Select(i => ItemCard.From(i, display.UrlOf(i), richText)).ToList()));
        }
        return cards;
    }
}

using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Portal.Abstractions.Contents;
using Portal.Abstractions.Display;
using Portal.Abstractions.Settings;

namespace Portal.Contents.Services;

internal enum FeedFormat
{
    Rss,
    Atom,
}

/// <summary>
/// RSS 2.0 and Atom 1.0 feeds of the newest published items, for the media center (融媒体中心) and
/// feed readers. Written by System.ServiceModel.Syndication so the XML follows both specifications.
/// </summary>
internal sealed class FeedBuilder(IRichTextSanitizer richText, IContentManager contents, IContentDisplay display, IContentDefinitionStore definitions,
    ISettingsStore settings, IPublicAddress address)
{
    public const int Size = 20;

    private static readonly XNamespace ContentModule = "http://purl.org/rss/1.0/modules/content/";

    public static string ContentTypeOf(FeedFormat format)
        => format == FeedFormat.Rss ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8";

    /// <summary>The feed of the items <paramref name="query"/> finds (published, newest first), as UTF-8 XML.</summary>
    public async Task<byte[]> BuildAsync(FeedFormat format, string title, string description, string pageUrl, string selfUrl,
        ContentQuery query, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync<SiteSettings>(SiteSettings.Key, cancellationToken) ?? new SiteSettings();
        var page = await contents.QueryAsync(query with { Status = ContentStatus.Published, Order = ContentOrder.Published, Skip = 0, Take = Size },
            cancellationToken);

        var feed = new SyndicationFeed($"{site.Name} - {title}", description, new Uri(address.Absolute(pageUrl)))
        {
            Id = address.Absolute(selfUrl),
            Language = "zh-CN",
            Generator = site.Name,
            LastUpdatedTime = page.Items.Count > 0 ? ChinaTime.FromUtc(page.Items.Max(i => i.ChangedUtc)) : ChinaTime.FromUtc(DateTime.UtcNow),
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(address.Absolute(selfUrl)), ContentTypeOf(format).Split(';')[0]));
        if (site.Copyright.Length > 0)
            feed.Copyright = new TextSyndicationContent(site.Copyright);

        var items = new List<SyndicationItem>();
        foreach (var item in page.Items)
            items.Add(await ItemAsync(item, format, cancellationToken));
        feed.Items = items;
        return Write(feed, format);
    }

    private async Task<SyndicationItem> ItemAsync(ContentItem item, FeedFormat format, CancellationToken cancellationToken)
    {
        var type = await definitions.GetTypeAsync(item.ContentType, cancellationToken);
        var html = PlainText.AbsoluteLinks(ContentBody.HtmlOf(item, type), address.BaseUrl);
        var url = display.UrlOf(item);
        var entry = new SyndicationItem
        {
            // The id never changes, unlike the path an editor may rename.
            Id = ContentBody.Urn(item),
            Title = new TextSyndicationContent(item.DisplayText),
            Summary = new TextSyndicationContent(PlainText.Summary(richText.ToPlainText(html))),
            PublishDate = ChinaTime.FromUtc(item.PublishedUtc ?? item.ModifiedUtc),
            LastUpdatedTime = ChinaTime.FromUtc(item.ModifiedUtc),
        };
        if (url.Length > 0)
            entry.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(address.Absolute(url))));
        foreach (var tag in item.As<ColumnPart>()?.Tags ?? [])
            entry.Categories.Add(new SyndicationCategory(tag));
        if (html.Length > 0)
        {
            if (format == FeedFormat.Atom)
                entry.Content = new TextSyndicationContent(html, TextSyndicationContentKind.Html);
            else
                entry.ElementExtensions.Add(new XElement(ContentModule + "encoded", new XCData(html)).CreateReader());
        }
        return entry;
    }

    private static byte[] Write(SyndicationFeed feed, FeedFormat format)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            SyndicationFeedFormatter formatter = format == FeedFormat.Rss ? new Rss20FeedFormatter(feed) : new Atom10FeedFormatter(feed);
            formatter.WriteTo(writer);
        }
        return stream.ToArray();
    }
}

using Portal.Abstractions.Contents;
using Portal.Abstractions.Display;
using Portal.Contents.Endpoints;
using Portal.Contents.Services;

namespace Portal.Contents.Display;

/// <summary>
/// Every public page announces the feeds of the listable types in its head
/// (<c>&lt;link rel="alternate"&gt;</c>), so readers and the media center find them without a link list.
/// </summary>
internal sealed class FeedLinksWidget(IContentDefinitionStore definitions) : IZoneWidgetProvider
{
    public async Task<IEnumerable<ZoneWidget>> GetWidgetsAsync(Shape page, CancellationToken cancellationToken)
    {
        var links = (await definitions.ListTypesAsync(cancellationToken))
            .Where(t => t.Listable)
            .Select(t => new FeedLink(t.DisplayName, FeedEndpoints.TypeFeedUrl(t.Name, FeedFormat.Rss)))
            .ToList();
        return links.Count == 0 ? [] : [new ZoneWidget("Head", new Shape("FeedLinks", links))];
    }
}

internal sealed record FeedLink(string Title, string Url);

using Microsoft.AspNetCore.Http;
using Portal.Abstractions.Contents;

namespace Portal.Contents.Services;

/// <summary>
/// On a detail page: breadcrumbs (home, the column or the type's list, the item), the previous and
/// next item of the same column (or type), and for a column its list of items.
/// </summary>
internal sealed class ContentNavigationHandler(
    IContentManager contents,
    ContentListing listing,
    IHttpContextAccessor http) : IContentDisplayHandler
{
    public async Task DisplayingAsync(ContentView view, CancellationToken cancellationToken)
    {
        if (view.DisplayType != "Detail")
            return;

        if (view.ContentType == ContentTypes.Column)
        {
            var page = Pager.Normalize(int.TryParse(http.HttpContext?.Request.Query["page"], out var p) ? p : null);
            view.Data["List"] = await listing.ListAsync(view.DisplayText, view.Url,
                new ContentQuery { ColumnId = view.ContentItemId }, page, cancellationToken);
        }

        var crumbs = new List<Crumb> { new("首页", "/") };
        var columnId = view.Item.As<ColumnPart>()?.ColumnId;
        var column = string.IsNullOrEmpty(columnId) ? null : await contents.GetAsync(columnId, VersionOptions.Published, cancellationToken);
        if (column is not null)
            crumbs.Add(new(column.DisplayText, ContentDisplay.PathToUrl(column.As<AutoroutePart>()?.Path ?? "")));
        else if (view.Type.Listable && view.Type.RoutePrefix.Length > 0 && view.ContentType != ContentTypes.Column)
            crumbs.Add(new(view.Type.DisplayName, "/" + view.Type.RoutePrefix));
        crumbs.Add(new(view.DisplayText, view.Url));
        view.Data["Breadcrumbs"] = crumbs;

        if (view.Item.PublishedUtc is { } published && view.ContentType != ContentTypes.Column)
        {
            var same = column is not null
                ? new ContentQuery { ColumnId = column.ContentItemId, Take = 1 }
                : new ContentQuery { Types = [view.ContentType], Take = 1 };
            view.Data["Previous"] = await NeighbourAsync(same with { PublishedBeforeUtc = published, Order = ContentOrder.Published }, cancellationToken);
            view.Data["Next"] = await NeighbourAsync(same with { PublishedAfterUtc = published, Order = ContentOrder.PublishedAscending }, cancellationToken);
        }
    }

    private async Task<Crumb?> NeighbourAsync(ContentQuery query, CancellationToken cancellationToken)
        => (await contents.QueryAsync(query, cancellationToken)).Items.FirstOrDefault() is { } item
            ? new Crumb(item.DisplayText, ContentDisplay.PathToUrl(item.As<AutoroutePart>()?.Path ?? ""))
            : null;
}

internal sealed record Crumb(string Text, string Url);

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Contents;
using Portal.Contents.Services;

namespace Portal.Contents.Endpoints;

/// <summary>
/// Feeds for the media center: <c>/feeds/{type}.rss|.atom</c> for each listable type (the types that
/// have a public list; a type without one is not a stream readers follow) and
/// <c>/feeds/columns/{columnId}.rss|.atom</c> for each published column, by the column's item id
/// because that, unlike its path, never changes.
/// </summary>
internal static class FeedEndpoints
{
    public static void MapFeedEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/feeds");

        group.MapGet("/{type}.{format}", async Task<Results<FileContentHttpResult, NotFound>> (
                string type, string format, IContentDefinitionStore definitions, FeedBuilder feeds, CancellationToken ct) =>
            {
                if (Parse(format) is not { } feedFormat)
                    return TypedResults.NotFound();
                var definition = (await definitions.ListTypesAsync(ct))
                    .FirstOrDefault(t => t.Listable && string.Equals(t.Name, type, StringComparison.OrdinalIgnoreCase));
                if (definition is null)
                    return TypedResults.NotFound();
                var page = definition.RoutePrefix.Length > 0 ? ContentDisplay.PathToUrl(definition.RoutePrefix) : "/";
                var description = definition.Description.Length > 0 ? definition.Description : $"{definition.DisplayName}的最新内容";
                var xml = await feeds.BuildAsync(feedFormat, definition.DisplayName, description, page, TypeFeedUrl(definition.Name, feedFormat),
                    new ContentQuery { Types = [definition.Name] }, ct);
                return TypedResults.Bytes(xml, FeedBuilder.ContentTypeOf(feedFormat));
            })
            .WithName(ContentsRoutes.TypeFeed);

        group.MapGet("/columns/{columnId}.{format}", async Task<Results<FileContentHttpResult, NotFound>> (
                string columnId, string format, IContentManager contents, IContentDisplay display, FeedBuilder feeds, CancellationToken ct) =>
            {
                if (Parse(format) is not { } feedFormat || columnId.Length > 64)
                    return TypedResults.NotFound();
                var column = await contents.GetAsync(columnId, VersionOptions.Published, ct);
                if (column is not { ContentType: ContentTypes.Column })
                    return TypedResults.NotFound();
                var page = display.UrlOf(column) is { Length: > 0 } url ? url : "/";
                var xml = await feeds.BuildAsync(feedFormat, column.DisplayText, $"{column.DisplayText}栏目的最新内容", page,
                    ColumnFeedUrl(column.ContentItemId, feedFormat), new ContentQuery { ColumnId = column.ContentItemId }, ct);
                return TypedResults.Bytes(xml, FeedBuilder.ContentTypeOf(feedFormat));
            })
            .WithName(ContentsRoutes.ColumnFeed);
    }

    public static string TypeFeedUrl(string type, FeedFormat format) => $"/feeds/{Uri.EscapeDataString(type)}.{Extension(format)}";

    public static string ColumnFeedUrl(string columnId, FeedFormat format) => $"/feeds/columns/{Uri.EscapeDataString(columnId)}.{Extension(format)}";

    private static string Extension(FeedFormat format) => format == FeedFormat.Rss ? "rss" : "atom";

    private static FeedFormat? Parse(string format) => format switch
    {
        "rss" => FeedFormat.Rss,
        "atom" => FeedFormat.Atom,
        _ => null,
    };
}

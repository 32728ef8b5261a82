using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Contents;
using Portal.Abstractions.Display;
using Portal.Contents.Services;

namespace Portal.Contents.Endpoints;

/// <summary>
/// Published items at their own paths (<c>/news/2026/11/8c0f3a9c1d</c>) and each listable type's list
/// at its prefix (<c>/news</c>). A catch-all, so every other route of the site wins over it.
/// </summary>
internal static class PublicContentEndpoints
{
    public static void MapPublicContentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/{**path}", async Task<Results<PageResult, NotFound>> (
                string path, int? page, IContentManager contents, IContentDisplay display,
                IContentDefinitionStore definitions, ContentListing listing, CancellationToken ct) =>
            {
                path = path.Trim('/');
                if (path.Length is 0 or > 256)
                    return TypedResults.NotFound();

                if (await contents.GetByPathAsync(path, ct) is { } item)
                {
                    var view = await display.BuildAsync(item, "Detail", ct);
                    return Pages.Render(new Shape("Content", view) { Alternates = [$"Content-{item.ContentType}"] }, item.DisplayText);
                }

                var type = (await definitions.ListTypesAsync(ct)).FirstOrDefault(t => t.Listable && t.RoutePrefix == path);
                if (type is null)
                    return TypedResults.NotFound();
                var list = await listing.ListAsync(type.DisplayName, "/" + type.RoutePrefix,
                    new ContentQuery { Types = [type.Name] }, Pager.Normalize(page), ct);
                if (list.Pager.OutOfRange && list.Pager.Total > 0)
                    return TypedResults.NotFound();
                return Pages.Render(new Shape("ContentList", list) { Alternates = [$"ContentList-{type.Name}"] }, type.DisplayName);
            })
            .WithName(ContentsRoutes.PublicContent)
            .WithOrder(int.MaxValue);
    }
}

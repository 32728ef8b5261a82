using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Display;

namespace Portal.Resources.Public;

/// <summary>The public venues pages: the list by town and platform, and one venue.</summary>
internal static class ResourcesEndpoints
{
    public static void MapResourcesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(ResourceRoutes.PublicPath);

        group.MapGet("", async (PublicResources venues, string? town, string? platform, CancellationToken ct) =>
                Pages.Render("Resources", await venues.ListAsync(town, platform, ct), "阵地场所"))
            .WithName(ResourceRoutes.PublicList);

        group.MapGet("/{id:int}", async Task<IResult> (int id, PublicResources venues, CancellationToken ct) =>
                await venues.FindAsync(id, ct) is { } venue ? Pages.Render("Resource", venue, venue.Name) : TypedResults.NotFound())
            .WithName(ResourceRoutes.PublicResource);
    }
}

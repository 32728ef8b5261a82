using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Display;
using Portal.Briefings.Services;

namespace Portal.Briefings.Endpoints;

/// <summary>
/// Every series at <c>/briefings</c> and one series' issues by year at <c>/briefings/{series}</c>. An issue,
/// three segments further, is left to the content route that serves items at their paths.
/// </summary>
internal static class PublicBriefingsEndpoints
{
    public static void MapPublicBriefingsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/" + BriefingsRoutes.Prefix);

        group.MapGet("", async (BriefingCatalog catalog, CancellationToken ct) =>
                Pages.Render("BriefingSeriesList", await catalog.SeriesListAsync(ct), "简报"))
            .WithName(BriefingsRoutes.AllSeries);

        group.MapGet("/{series}", async Task<Results<PageResult, NotFound>> (string series, BriefingCatalog catalog, CancellationToken ct) =>
            {
                var page = await catalog.SeriesAsync(series, ct);
                return page is null ? TypedResults.NotFound() : Pages.Render("BriefingSeries", page, series);
            })
            .WithName(BriefingsRoutes.Series);
    }
}

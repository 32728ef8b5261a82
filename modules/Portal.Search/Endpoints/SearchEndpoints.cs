using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Display;
using Portal.Search.Querying;

namespace Portal.Search.Endpoints;

/// <summary>
/// <c>/search</c> for readers and <c>/api/search</c> for the media center and the front end: the same query string
/// (q, type, unit, from, to, sort, page, size), the same results.
/// </summary>
internal static class SearchEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static void MapSearchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/search", async (HttpContext http, SearchService search, CancellationToken ct) =>
        {
            var (results, valid) = await RunAsync(http.Request.Query, search, ct);
            var title = results.Request.Text.Length == 0 ? "全站检索" : $"检索：{Shorten(results.Request.Text)}";
            return new PageResult(new Shape("Search", SearchPage.Of(results, http.Request.Query)), title,
                valid ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
        });

        endpoints.MapGet("/api/search", async (HttpContext http, SearchService search, CancellationToken ct) =>
        {
            var (results, valid) = await RunAsync(http.Request.Query, search, ct);
            return Results.Json(SearchApiResult.Of(results), Json, statusCode: valid ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
        });
    }

    private static async Task<(SearchResults Results, bool Valid)> RunAsync(IQueryCollection query, SearchService search, CancellationToken ct)
    {
        var (request, errors) = SearchRequest.Read(query);
        if (errors.Count > 0)
            return (SearchResults.Refused(request, string.Join(" ", errors)), false);
        return (await search.SearchAsync(request, ct), true);
    }

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";
}

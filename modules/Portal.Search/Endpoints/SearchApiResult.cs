using Portal.Search.Querying;

namespace Portal.Search.Endpoints;

/// <summary>The JSON of <c>/api/search</c>: the request as understood, the counts, one page of hits.</summary>
internal sealed record SearchApiResult(
    string Query,
    IReadOnlyList<string> Types,
    string? Unit,
    string? From,
    string? To,
    string Sort,
    int Page,
    int PageSize,
    int Total,
    int Pages,
    IReadOnlyList<FacetCount> TypeCounts,
    IReadOnlyList<FacetCount> UnitCounts,
    IReadOnlyList<SearchHit> Results,
    string? Message,
    string? Notice)
{
    public static SearchApiResult Of(SearchResults r) => new(
        r.Request.Text,
        r.Request.Types,
        r.Request.Unit,
        r.Request.From?.ToString("yyyy-MM-dd"),
        r.Request.To?.ToString("yyyy-MM-dd"),
        r.Request.Sort == SearchSort.Newest ? "newest" : "relevance",
        r.Request.Page,
        r.Request.PageSize,
        r.Total,
        r.Pages,
        r.Types,
        r.Units,
        r.Hits,
        r.Message,
        r.Notice);
}

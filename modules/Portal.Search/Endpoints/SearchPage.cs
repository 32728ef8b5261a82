using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Portal.Search.Querying;

namespace Portal.Search.Endpoints;

/// <summary>What the <c>Search</c> template shows: the form as filled, the type tabs, the results and the page links.</summary>
internal sealed record SearchPage(
    SearchResults Results,
    string Query,
    string Sort,
    string From,
    string To,
    string Unit,
    IReadOnlyList<SearchLink> Tabs,
    IReadOnlyList<SearchLink> SortLinks,
    IReadOnlyList<SearchLink> PageLinks,
    string? PreviousUrl,
    string? NextUrl)
{
    private const int PageWindow = 5;

    public static SearchPage Of(SearchResults results, IQueryCollection query)
    {
        var request = results.Request;
        var allTypes = results.Types.Sum(t => t.Count);
        var tabs = new List<SearchLink> { new("全部", Url(query, ("type", null), ("page", null)), request.Types.Count == 0, allTypes) };
        tabs.AddRange(results.Types.Select(t => new SearchLink(t.Name, Url(query, ("type", t.Value), ("page", null)),
            request.Types.Contains(t.Value), t.Count)));

        var sorts = new List<SearchLink>
        {
            new("按相关度", Url(query, ("sort", null), ("page", null)), request.Sort == SearchSort.Relevance, null),
            new("按时间", Url(query, ("sort", "newest"), ("page", null)), request.Sort == SearchSort.Newest, null),
        };

        var first = Math.Max(1, Math.Min(request.Page - PageWindow / 2, results.Pages - PageWindow + 1));
        var pages = Enumerable.Range(first, Math.Max(0, Math.Min(PageWindow, results.Pages - first + 1)))
            .Select(p => new SearchLink(p.ToString(), Url(query, ("page", p == 1 ? null : p.ToString())), p == request.Page, null))
            .ToList();

        return new SearchPage(
            results,
            request.Text,
            request.Sort == SearchSort.Newest ? "newest" : "relevance",
            request.From?.ToString("yyyy-MM-dd") ?? "",
            request.To?.ToString("yyyy-MM-dd") ?? "",
            request.Unit ?? "",
            request.Text.Length == 0 ? [] : tabs,
            sorts,
            pages.Count > 1 ? pages : [],
            request.Page > 1 && results.Pages > 0 ? Url(query, ("page", (request.Page - 1).ToString())) : null,
            request.Page < results.Pages ? Url(query, ("page", (request.Page + 1).ToString())) : null);
    }

    /// <summary>The current search's address with some parameters replaced (null removes one).</summary>
    private static string Url(IQueryCollection query, params (string Name, string? Value)[] changes)
    {
        var values = query.ToDictionary(q => q.Key, q => q.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in changes)
        {
            if (value is null)
                values.Remove(name);
            else
                values[name] = value;
        }

        var pairs = values.SelectMany(v => v.Value.Select(x => new KeyValuePair<string, StringValues>(v.Key, x)));
        return QueryHelpers.AddQueryString("/search", pairs);
    }
}

internal sealed record SearchLink(string Text, string Url, bool Current, int? Count);

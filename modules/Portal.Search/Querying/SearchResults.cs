namespace Portal.Search.Querying;

/// <summary>One page of results, the same for the search page and the JSON endpoint.</summary>
internal sealed record SearchResults
{
    public required SearchRequest Request { get; init; }

    /// <summary>Matches of the query with every filter applied.</summary>
    public int Total { get; init; }

    public int Pages => Total == 0 ? 0 : Math.Min(SearchRequest.MaxPage, (Total + Request.PageSize - 1) / Request.PageSize);

    public IReadOnlyList<SearchHit> Hits { get; init; } = [];

    /// <summary>Matches per type with every filter but the type applied (the tabs above the results).</summary>
    public IReadOnlyList<FacetCount> Types { get; init; } = [];

    /// <summary>Matches per unit with every filter but the unit applied.</summary>
    public IReadOnlyList<FacetCount> Units { get; init; } = [];

    /// <summary>Why there are no results (nothing to search for, bad input, no match); null when there are.</summary>
    public string? Message { get; init; }

    /// <summary>Something the reader should know about results that are shown (the query was cut).</summary>
    public string? Notice { get; init; }

    public static SearchResults Refused(SearchRequest request, string message) => new() { Request = request, Message = message };
}

/// <summary>
/// A result. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are the document's text with its HTML escaped and
/// only <c>&lt;mark&gt;</c> around the words that matched added: safe to show as they are.
/// </summary>
internal sealed record SearchHit(
    string Id,
    string Type,
    string TypeName,
    string Title,
    string TitleHtml,
    string SnippetHtml,
    string Url,
    string? Unit,
    string? UnitName,
    string? Date,
    IReadOnlyList<string> Tags,
    float Score);

internal sealed record FacetCount(string Value, string Name, int Count);

using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Portal.Search.Querying;

internal enum SearchSort
{
    Relevance,
    Newest,
}

/// <summary>What a search asks for, read from the query string of <c>/search</c> or <c>/api/search</c>.</summary>
internal sealed record SearchRequest
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 50;

    /// <summary>Results beyond page 100 are not served: nobody reads them, and deep pages cost every query.</summary>
    public const int MaxPage = 100;

    public string Text { get; init; } = "";

    public IReadOnlyList<string> Types { get; init; } = [];

    public string? Unit { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public SearchSort Sort { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    public string Index { get; init; } = Models.SearchIndexDefinition.Main;

    /// <summary>The request and what is wrong with it, each message naming the parameter and the value expected.</summary>
    public static (SearchRequest Request, IReadOnlyList<string> Errors) Read(IQueryCollection query)
    {
        var errors = new List<string>();
        var request = new SearchRequest
        {
            Text = ((string?)query["q"] ?? "").Trim(),
            Types = query["type"].Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).Distinct().Take(20).ToList(),
            Unit = string.IsNullOrWhiteSpace(query["unit"]) ? null : ((string?)query["unit"])!.Trim(),
            From = Date(query, "from", "起始日期", errors),
            To = Date(query, "to", "截止日期", errors),
            Sort = (string?)query["sort"] switch
            {
                null or "" or "relevance" => SearchSort.Relevance,
                "newest" => SearchSort.Newest,
                var other => Invalid(errors, $"排序方式“{Clip(other)}”无效：只能是 relevance（相关度）或 newest（最新）。", SearchSort.Relevance),
            },
            Page = Number(query, "page", "页码", 1, MaxPage, 1, errors),
            PageSize = Number(query, "size", "每页条数", 1, MaxPageSize, DefaultPageSize, errors),
            Index = string.IsNullOrWhiteSpace(query["index"]) ? Models.SearchIndexDefinition.Main : ((string?)query["index"])!.Trim(),
        };
        if (request.From > request.To)
            errors.Add($"起始日期 {request.From:yyyy-MM-dd} 晚于截止日期 {request.To:yyyy-MM-dd}。");
        return (request, errors);
    }

    private static DateOnly? Date(IQueryCollection query, string name, string label, List<string> errors)
    {
        var text = ((string?)query[name])?.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        return Invalid<DateOnly?>(errors, $"{label}“{Clip(text)}”无效：请按 2024-01-31 的格式填写。", null);
    }

    private static int Number(IQueryCollection query, string name, string label, int min, int max, int fallback, List<string> errors)
    {
        var text = ((string?)query[name])?.Trim();
        if (string.IsNullOrEmpty(text))
            return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        return Invalid(errors, $"{label}“{Clip(text)}”无效：应为 {min} 到 {max} 之间的整数。", fallback);
    }

    private static T Invalid<T>(List<string> errors, string message, T fallback)
    {
        errors.Add(message);
        return fallback;
    }

    /// <summary>Enough of a bad value to recognise it in the message, not the whole of a pasted page.</summary>
    private static string Clip(string value) => value.Length <= 20 ? value : value[..20] + "…";
}

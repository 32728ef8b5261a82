namespace Portal.Contents.Services;

/// <summary>Page numbers of a list (page 1 is the first) and the links between pages.</summary>
internal sealed record Pager(int Page, int PageSize, int Total, string BaseUrl)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < Pages;

    public string PreviousUrl => HasPrevious ? UrlOf(Page - 1) : "";

    public string NextUrl => HasNext ? UrlOf(Page + 1) : "";

    /// <summary>A page past the end of a non-empty list does not exist.</summary>
    public bool OutOfRange => Page > Pages;

    public string UrlOf(int page) => page <= 1 ? BaseUrl : $"{BaseUrl}{(BaseUrl.Contains('?') ? '&' : '?')}page={page}";

    public static int Skip(int page, int pageSize) => (page - 1) * pageSize;

    public static int Normalize(int? page) => page is > 0 and < 100_000 ? page.Value : 1;
}

using Portal.Abstractions.Contents;

namespace Portal.Contents.Services;

/// <summary>A page of published items as summaries, for column and type list pages.</summary>
internal sealed class ContentListing(IContentManager contents, IContentDisplay display)
{
    public const int PageSize = 15;

    public async Task<ContentListView> ListAsync(string title, string baseUrl, ContentQuery query, int page, CancellationToken cancellationToken)
    {
        var result = await contents.QueryAsync(query with { Skip = Pager.Skip(page, PageSize), Take = PageSize }, cancellationToken);
        var items = new List<ContentView>();
        foreach (var item in result.Items)
            items.Add(await display.BuildAsync(item, "Summary", cancellationToken));
        return new ContentListView(title, items, new Pager(page, PageSize, result.Total, baseUrl));
    }
}

/// <summary>What a list template sees.</summary>
internal sealed record ContentListView(string Title, IReadOnlyList<ContentView> Items, Pager Pager);

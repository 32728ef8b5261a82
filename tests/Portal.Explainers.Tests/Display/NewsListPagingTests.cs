using System.Net;
using Portal.Abstractions.Contents;
using Portal.Testing;

namespace Portal.Explainers.Tests.Display;

/// <summary>On a site of its own, so the list's length is the sample news plus what this test adds.</summary>
[Collection(SharedSite.Name)]
public sealed class NewsListPagingTests(PortalFactory factory)
{
    private const int PageSize = 15;

    [Fact]
    public async Task TheNewsList_Paginates_AndAPagePastTheEndIsNotFound()
    {
        var batch = ExplainersTestData.Unique("分页新闻");
        for (var i = 0; i < 20; i++)
            await factory.CreateNewsAsync($"{batch}-{i:00}");
        var total = (await factory.WithContentsAsync(c => c.QueryAsync(new ContentQuery { Types = ["News"], Take = 1 }))).Total;
        using var client = factory.CreatePortalClient();

        var first = await client.GetPageAsync("/news");
        var second = await client.GetPageAsync("/news?page=2");
        var tooFar = await client.GetAsync("/news?page=999");

        Assert.Equal(PageSize, first.QuerySelectorAll(".article-list > li").Length);
        Assert.Equal(Math.Min(PageSize, total - PageSize), second.QuerySelectorAll(".article-list > li").Length);
        // Newest first: the last 15 made lead page 1, the first 5 made open page 2.
        Assert.Contains($"{batch}-19", first.QuerySelector(".article-list > li")!.TextContent);
        var secondTitles = second.QuerySelectorAll(".article-list > li").Select(li => li.TextContent).ToList();
        Assert.Contains(secondTitles, t => t.Contains($"{batch}-00"));
        Assert.NotNull(first.QuerySelector("a[rel='next'][href='/news?page=2']"));
        Assert.NotNull(second.QuerySelector("a[rel='prev'][href='/news']"));
        Assert.Equal(HttpStatusCode.NotFound, tooFar.StatusCode);
    }
}

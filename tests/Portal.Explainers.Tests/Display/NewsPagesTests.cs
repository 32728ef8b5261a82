using System.Net;
using Portal.Abstractions.Contents;
using Portal.Testing;

namespace Portal.Explainers.Tests.Display;

[Collection(SharedSite.Name)]
public sealed class NewsPagesTests(PortalFactory factory)
{
    [Fact]
    public async Task AColumnPage_ListsOnlyItsOwnItems()
    {
        var column = await factory.CreateColumnAsync();
        var other = await factory.CreateColumnAsync();
        var mine = await factory.CreateNewsAsync(ExplainersTestData.Unique("本栏目新闻"), column.ContentItemId);
        var theirs = await factory.CreateNewsAsync(ExplainersTestData.Unique("别的栏目新闻"), other.ContentItemId);
        var loose = await factory.CreateNewsAsync(ExplainersTestData.Unique("无栏目新闻"));
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync(ExplainersTestData.UrlOf(column));

        Assert.Single(page.QuerySelectorAll(".article-list > li"));
        Assert.NotNull(page.Link(ExplainersTestData.UrlOf(mine)));
        Assert.Null(page.Link(ExplainersTestData.UrlOf(theirs)));
        Assert.Null(page.Link(ExplainersTestData.UrlOf(loose)));
    }

    [Fact]
    public async Task ADraftNewsItem_IsInvisibleToThePublic_UntilItIsPublished()
    {
        var title = ExplainersTestData.Unique("草稿新闻");
        var draft = await factory.CreateNewsAsync(title, action: SaveAction.Draft);
        using var client = factory.CreatePortalClient();

        var hidden = await client.GetAsync(ExplainersTestData.UrlOf(draft));
        var listBefore = await client.GetPageAsync("/news");
        await factory.WithContentsAsync(c => c.PublishAsync(draft.ContentItemId));
        var shown = await client.GetPageAsync(ExplainersTestData.UrlOf(draft));
        var listAfter = await client.GetPageAsync("/news");

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain(title, listBefore.Body!.TextContent);
        Assert.Contains(title, shown.QuerySelector("h1")!.TextContent);
        Assert.Contains(title, listAfter.Body!.TextContent);
    }

    [Fact]
    public async Task PublishingASecondVersion_KeepsTheFirstInHistory_AndRestoringItBringsItsTextBack()
    {
        var news = await factory.CreateNewsAsync(ExplainersTestData.Unique("改版新闻"), body: "<p>第一版正文</p>");
        await factory.WithContentsAsync(async c =>
        {
            var latest = (await c.GetAsync(news.ContentItemId, VersionOptions.Latest))!;
            latest.Apply(new HtmlBodyPart { Html = "<p>第二版正文</p>" });
            return await c.SaveAsync(latest, SaveAction.Publish);
        });
        using var client = factory.CreatePortalClient();
        var second = await client.GetPageAsync(ExplainersTestData.UrlOf(news));

        var versions = await factory.WithContentsAsync(c => c.GetVersionsAsync(news.ContentItemId));
        var first = versions.Single(v => v.Number == 1);
        await factory.WithContentsAsync(c => c.RestoreVersionAsync(news.ContentItemId, first.ContentItemVersionId));
        var stillSecond = await client.GetPageAsync(ExplainersTestData.UrlOf(news));
        await factory.WithContentsAsync(c => c.PublishAsync(news.ContentItemId));
        var restored = await client.GetPageAsync(ExplainersTestData.UrlOf(news));

        Assert.Equal(2, versions.Count);
        Assert.Contains("第二版正文", second.QuerySelector(".rich-text")!.TextContent);
        Assert.Contains("第二版正文", stillSecond.QuerySelector(".rich-text")!.TextContent);
        Assert.Contains("第一版正文", restored.QuerySelector(".rich-text")!.TextContent);
    }

    [Fact]
    public async Task ScriptInTheSourceAndAuthorFields_IsShownAsText_NeverRunAsScript()
    {
        foreach (var payload in ExplainersTestData.XssPayloads)
        {
            var news = await factory.CreateNewsAsync(ExplainersTestData.Unique("来源带脚本"), body: $"<p>正文</p>{payload}", more: item =>
            {
                item.Fields["Source"] = $"来源{payload}";
                item.Fields["Author"] = $"作者{payload}";
            });
            using var client = factory.CreatePortalClient();

            var page = await client.GetPageAsync(ExplainersTestData.UrlOf(news));

            var article = page.QuerySelector("article")!;
            ExplainersTestData.AssertNoScript(article);
            Assert.Contains($"来源：来源{payload}", article.QuerySelector(".content-meta")!.TextContent);
        }
    }

    [Fact]
    public async Task TheNewsPage_ShowsSourceAuthorDateAndCover()
    {
        var news = await factory.CreateNewsAsync(ExplainersTestData.Unique("有封面的新闻"), more: item =>
        {
            item.Fields["Source"] = "华士镇新时代文明实践所";
            item.Fields["Author"] = "王小明";
            item.Apply(new CoverPart { Url = "/_content/Portal.Theme.Civic/img/sample-news-cover.svg", Alt = "封面说明" });
        });
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync(ExplainersTestData.UrlOf(news));

        var meta = page.QuerySelector(".content-meta")!.TextContent;
        Assert.Contains("来源：华士镇新时代文明实践所", meta);
        Assert.Contains("作者：王小明", meta);
        Assert.Contains("发布时间：", meta);
        Assert.Equal("封面说明", page.QuerySelector(".content-cover img")!.GetAttribute("alt"));
    }

    [Fact]
    public async Task ChineseTitles_AndChinesePaths_GiveWorkingUrls()
    {
        var title = ExplainersTestData.Unique("重阳节敬老志愿服务");
        var byDate = await factory.CreateNewsAsync(title);
        var slug = ExplainersTestData.Unique("重阳敬老");
        var custom = await factory.SaveAsync("Page", item => item
            .Apply(new TitlePart { Title = "专题：" + slug })
            .Apply(new AutoroutePart { Path = $"专题/{slug}" })
            .Apply(new HtmlBodyPart { Html = "<p>专题正文</p>" }));
        using var client = factory.CreatePortalClient();

        var first = await client.GetPageAsync(ExplainersTestData.UrlOf(byDate));
        var second = await client.GetPageAsync(ExplainersTestData.UrlOf(custom));

        Assert.Contains(title, first.QuerySelector("h1")!.TextContent);
        Assert.Contains(slug, second.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("/%E4%B8%93%E9%A2%98/", ExplainersTestData.UrlOf(custom));
    }
}

using Portal.Abstractions.Contents;
using Portal.Testing;

namespace Portal.Explainers.Tests.Display;

[Collection(SharedSite.Name)]
public sealed class HomeAndPagesTests(PortalFactory factory)
{
    [Fact]
    public async Task TheHomePage_ShowsTheLatestNewsAndExplainers()
    {
        var news = await factory.CreateNewsAsync(ExplainersTestData.Unique("首页头条"), more: item =>
            item.Apply(new CoverPart { Url = "/_content/Portal.Theme.Civic/img/sample-news-cover.svg", Alt = "头条封面" }));
        var policy = await factory.CreatePolicyAsync();
        var explainer = await factory.CreateExplainerAsync(policy.ContentItemId);
        using var client = factory.CreatePortalClient();

        var home = await client.GetPageAsync("/");

        var headline = home.QuerySelector(".home-news .headline")!;
        Assert.NotNull(headline.QuerySelector($"a[href='{ExplainersTestData.UrlOf(news)}']"));
        Assert.Equal("头条封面", headline.QuerySelector("img")!.GetAttribute("alt"));
        Assert.NotNull(home.QuerySelector($".home-explainers a[href='{ExplainersTestData.UrlOf(explainer)}']"));
        Assert.NotNull(home.QuerySelector(".home-news a[href='/news']"));
        Assert.NotNull(home.QuerySelector(".home-explainers a[href='/explainers']"));
    }

    [Fact]
    public async Task TheHomePage_ShowsEachColumnsLatestItems_WithAMoreLink()
    {
        var column = await factory.CreateColumnAsync();
        var news = await factory.CreateNewsAsync(ExplainersTestData.Unique("栏目首页新闻"), column.ContentItemId);
        using var client = factory.CreatePortalClient();

        var home = await client.GetPageAsync("/");

        var card = home.QuerySelectorAll(".column-card").Single(c => c.QuerySelector("h3")!.TextContent.Contains(column.DisplayText));
        Assert.NotNull(card.QuerySelector($"a[href='{ExplainersTestData.UrlOf(news)}']"));
        Assert.NotNull(card.QuerySelector($".more-line a[href='{ExplainersTestData.UrlOf(column)}']"));
    }

    [Fact]
    public async Task TheHomePage_KeepsAPlaceForActivities_AndTheNavigationLinksNewsExplainersAndAbout()
    {
        using var client = factory.CreatePortalClient();

        var home = await client.GetPageAsync("/");

        // Filled by the activities module when it is on (its own tests cover the placeholder when it is off).
        Assert.Equal("志愿服务活动", home.QuerySelector(".home-activities h2")!.TextContent.Trim());
        var nav = home.QuerySelectorAll("nav.main-nav a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Contains(("新闻动态", "/news"), nav);
        Assert.Contains(("政策解读", "/explainers"), nav);
        Assert.Contains(("关于我们", "/about"), nav);
    }

    [Fact]
    public async Task TheAboutAndContactPages_AreAtTheirShortAddresses()
    {
        using var client = factory.CreatePortalClient();

        var about = await client.GetPageAsync("/about");
        var contact = await client.GetPageAsync("/contact");

        Assert.Equal("关于我们", about.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("新时代文明实践", about.QuerySelector(".rich-text")!.TextContent);
        Assert.Equal("联系我们", contact.QuerySelector("h1")!.TextContent.Trim());
        // A page is not a dated article: no date line and no previous/next.
        Assert.Null(about.QuerySelector(".content-meta"));
        Assert.Null(about.QuerySelector(".prev-next"));
    }
}

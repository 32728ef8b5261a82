using System.Net;
using Portal.Abstractions.Contents;
using Portal.Testing;

namespace Portal.Briefings.Tests.Endpoints;

[Collection(SharedSite.Name)]
public sealed class PublicBriefingsEndpointsTests(PortalFactory factory)
{
    [Fact]
    public async Task TheSeriesPage_ListsIssuesByYear_NewestFirst()
    {
        var series = BriefingTestData.NewSeries();
        await factory.CreateAsync(BriefingTestData.Part(series, 1, new DateOnly(2025, 11, 1)));
        await factory.CreateAsync(BriefingTestData.Part(series, 1, new DateOnly(2026, 1, 8)));
        await factory.CreateAsync(BriefingTestData.Part(series, 2, new DateOnly(2026, 2, 8)));

        var page = await factory.CreatePortalClient().GetPageAsync($"/briefings/{Uri.EscapeDataString(series)}");

        Assert.Equal(series, page.QuerySelector("h1")!.TextContent.Trim());
        var years = page.QuerySelectorAll(".briefing-year").ToList();
        Assert.Equal(["2026年", "2025年"], years.Select(y => y.QuerySelector("h2")!.TextContent.Trim()).ToList());
        Assert.Equal(["第2期", "第1期"], years[0].QuerySelectorAll(".briefing-year-issue > a").Select(a => a.TextContent.Trim()).ToList());
        Assert.Equal(BriefingTestData.Url(series, 2026, 2), years[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(["第1期"], years[1].QuerySelectorAll(".briefing-year-issue > a").Select(a => a.TextContent.Trim()).ToList());
    }

    [Fact]
    public async Task TheIssuePage_AnswersAtItsAddress_BesideTheSeriesPage()
    {
        var series = BriefingTestData.NewSeries();
        await factory.CreateAsync(BriefingTestData.Part(series, 5, new DateOnly(2026, 3, 3), title: "第五期的文章"));

        var page = await factory.CreatePortalClient().GetPageAsync(BriefingTestData.Url(series, 2026, 5));

        Assert.Equal("第五期的文章", page.QuerySelector(".briefing-article-title")!.TextContent.Trim());
        Assert.Equal($"/briefings/{Uri.EscapeDataString(series)}", page.QuerySelectorAll(".breadcrumb a").Last().GetAttribute("href"));
    }

    [Fact]
    public async Task TheSeriesList_NamesEverySeries()
    {
        var series = BriefingTestData.NewSeries();
        await factory.CreateAsync(BriefingTestData.Part(series, 1, new DateOnly(2026, 4, 4)));

        var page = await factory.CreatePortalClient().GetPageAsync("/briefings");

        var names = page.QuerySelectorAll(".briefing-series-name").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains(series, names);
        Assert.Contains("江苏精神文明建设简报", names);
        Assert.Contains("江阴市新时代文明实践简报", names);
    }

    [Fact]
    public async Task ADraftIssue_IsNotPublic()
    {
        var series = BriefingTestData.NewSeries();
        await factory.CreateAsync(BriefingTestData.Part(series, 1, new DateOnly(2026, 5, 5)), SaveAction.Draft);
        var client = factory.CreatePortalClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(BriefingTestData.Url(series, 2026, 1))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/briefings/{Uri.EscapeDataString(series)}")).StatusCode);
        var list = await client.GetPageAsync("/briefings");
        Assert.DoesNotContain(series, list.Body!.TextContent);
    }

    [Fact]
    public async Task ScriptInAnArticle_NeverReachesThePageAsScript()
    {
        var series = BriefingTestData.NewSeries();
        await factory.CreateAsync(BriefingTestData.Part(series, 1, new DateOnly(2026, 6, 6),
            title: "<script>alert('t')</script>标题",
            html: "<p onclick=\"alert('p')\">正文</p><script>alert('b')</script><img src=\"x\" onerror=\"alert('i')\"><a href=\"javascript:alert('a')\">链接</a>"));

        var client = factory.CreatePortalClient();
        var response = await client.GetAsync(BriefingTestData.Url(series, 2026, 1));
        var html = await response.Content.ReadAsStringAsync();
        var page = await PortalClient.ParseAsync(response);

        // The layout's own scripts (the elderly-mode switch) are in <head> and at the end of <body>, none in the content.
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.DoesNotContain("alert(", string.Concat(page.All.SelectMany(e => e.Attributes).Select(a => a.Value)));
        Assert.Equal("<script>alert('t')</script>标题", page.QuerySelector(".briefing-article-title")!.TextContent.Trim());
        Assert.Contains("正文", page.QuerySelector(".briefing-article-body")!.TextContent);
        Assert.DoesNotContain("<script>alert", html);
    }

    [Fact]
    public async Task TheHomePage_ShowsTheLatestIssues_AndLinksToBriefings()
    {
        var series = BriefingTestData.NewSeries();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(1);
        await factory.CreateAsync(BriefingTestData.Part(series, 9, today));

        var page = await factory.CreatePortalClient().GetPageAsync("/");

        var latest = page.QuerySelectorAll(".briefings-latest li a").Select(a => a.TextContent.Trim()).ToList();
        Assert.True(latest.Count <= 5);
        Assert.Equal($"{series} {today.Year}年第9期", latest[0]);
        Assert.Contains(page.QuerySelectorAll(".main-nav a"), a => a.TextContent.Trim() == "简报" && a.GetAttribute("href") == "/briefings");
    }
}

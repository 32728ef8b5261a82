using System.Net;
using System.Text.Json;
using Portal.Abstractions.Contents;
using Portal.Testing;

namespace Portal.Search.Tests.Querying;

/// <summary>/search and /api/search on the sample site: marks, filters, counts, sort, pages, and any input without a 500.</summary>
[Collection(SharedSite.Name)]
public sealed class SearchPageTests(PortalFactory factory)
{
    private const string SeedBriefing = "/briefings/江苏精神文明建设简报/2018/27";

    [Fact]
    public async Task VolunteerTraining_FindsTheSeedBriefingOnTheFirstPage_WithTheWordsMarked()
    {
        await factory.WaitUntilIndexedAsync();
        var results = await factory.CreateClient().SearchAsync("q=" + Uri.EscapeDataString("志愿者培训"));

        var seed = results.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("url").GetString() == SeedBriefing);
        var snippet = seed.GetProperty("snippetHtml").GetString()!;
        Assert.Contains("<mark>志愿者</mark>", snippet);
        Assert.Contains("<mark>培训</mark>", snippet);
    }

    [Fact]
    public async Task APhraseOfTheSeedBriefing_FindsItFirst()
    {
        await factory.WaitUntilIndexedAsync();
        var results = await factory.CreateClient().SearchAsync("q=" + Uri.EscapeDataString("江阴标杆"));

        Assert.Equal(SeedBriefing, results.Urls().First());
    }

    [Theory]
    [InlineData("苏简字1004号")]
    [InlineData("2018年 第27期")]
    [InlineData("江苏精神文明建设简报")]
    public async Task DocumentNumbers_IssueNumbersAndSeriesNames_FindTheSeedBriefingFirst(string q)
    {
        await factory.WaitUntilIndexedAsync();
        var results = await factory.CreateClient().SearchAsync("q=" + Uri.EscapeDataString(q));

        Assert.Equal(SeedBriefing, results.Urls().First());
    }

    [Fact]
    public async Task SearchPage_ShowsTabsWithCounts_MarkedResults_AndOnlyMarksAsMarkup()
    {
        await factory.WaitUntilIndexedAsync();
        var page = await factory.CreatePortalClient().GetPageAsync("/search?q=" + Uri.EscapeDataString("志愿服务"));

        var tabs = page.QuerySelectorAll(".search-tabs a").ToList();
        Assert.Equal("全部", tabs[0].TextContent.Split(' ')[0]);
        var all = int.Parse(tabs[0].QuerySelector(".count")!.TextContent);
        Assert.Equal(all, tabs.Skip(1).Sum(t => int.Parse(t.QuerySelector(".count")!.TextContent)));
        var hits = page.QuerySelectorAll(".search-hit").ToList();
        Assert.Equal(10, hits.Count);
        Assert.Contains(hits, h => h.QuerySelector("mark") is not null);
        foreach (var hit in hits)
        {
            var markup = hit.QuerySelector("h2 a")!.Children.Concat(hit.QuerySelector(".search-snippet")!.Children);
            Assert.All(markup, e => Assert.Equal("MARK", e.TagName));
        }
        Assert.Equal("masthead-q", page.QuerySelector("form.search-box input")!.Id);
    }

    [Fact]
    public async Task HtmlInTheIndexedText_IsEscaped_OnlyTheMarksAreMarkup()
    {
        var item = await factory.PublishNewsAsync("<img src=x onerror=alert(1)>防汛志愿者集结", "<p>&lt;script&gt;alert('防汛')&lt;/script&gt; 防汛志愿者在堤坝巡查。</p>");
        var url = "/" + item.As<AutoroutePart>()!.Path;
        var client = factory.CreateClient();

        var (results, _) = await client.WaitForAsync("防汛志愿者", r => r.Urls().Contains(url));
        var hit = results.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("url").GetString() == url);
        var title = hit.GetProperty("titleHtml").GetString()!;
        var snippet = hit.GetProperty("snippetHtml").GetString()!;

        Assert.StartsWith("&lt;img src=x onerror=alert(1)&gt;", title);
        Assert.Contains("<mark>防汛</mark>", title);
        Assert.Contains("&lt;script&gt;", snippet);
        Assert.DoesNotContain("<script", snippet + title);
        Assert.DoesNotContain("<img", snippet + title);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"志愿者")]
    [InlineData("AND OR NOT")]
    [InlineData("*?~^:\\/[]{}()!&|+-")]
    [InlineData("title:志愿者 AND body:*")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("，。！？")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AnyText_GetsResultsOrAMessage_NeverAnError(string q)
    {
        await factory.WaitUntilIndexedAsync();
        var client = factory.CreatePortalClient();

        var page = await client.GetAsync("/search?q=" + Uri.EscapeDataString(q));
        var api = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var document = await PortalClient.ParseAsync(page);
        Assert.True(document.QuerySelector(".search-message") is not null || document.QuerySelectorAll(".search-hit").Length > 0);
    }

    [Fact]
    public async Task TwoThousandCharacters_AreCutWithANotice()
    {
        await factory.WaitUntilIndexedAsync();
        var q = string.Concat(Enumerable.Repeat("志愿服务\"(*", 400))[..2_000];

        var results = await factory.CreateClient().SearchAsync("q=" + Uri.EscapeDataString(q));

        Assert.True(results.GetProperty("total").GetInt32() > 0);
        Assert.Contains("只按前 200 个字", results.GetProperty("notice").GetString());
    }

    [Theory]
    [InlineData("from=2024-13-01", "起始日期“2024-13-01”无效")]
    [InlineData("to=yesterday", "截止日期“yesterday”无效")]
    [InlineData("from=2025-02-01&to=2025-01-01", "晚于截止日期")]
    [InlineData("page=0", "页码“0”无效")]
    [InlineData("page=abc", "页码“abc”无效")]
    [InlineData("page=101", "页码“101”无效")]
    [InlineData("size=1000", "每页条数“1000”无效")]
    [InlineData("sort=popular", "排序方式“popular”无效")]
    public async Task BadParameters_GetA400WithAMessageNamingThem(string parameters, string message)
    {
        var client = factory.CreatePortalClient();

        var api = await client.GetAsync("/api/search?q=%E5%BF%97%E6%84%BF&" + parameters);
        var page = await client.GetAsync("/search?q=%E5%BF%97%E6%84%BF&" + parameters);

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains(message, (await api.Content.ReadAsStringAsync()).Replace("\\u201C", "“").Replace("\\u201D", "”"));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains(message, (await PortalClient.ParseAsync(page)).QuerySelector(".search-message")!.TextContent);
    }

    [Fact]
    public async Task AnUnknownIndex_GetsAMessage()
    {
        var results = await factory.CreateClient().SearchAsync("q=%E5%BF%97%E6%84%BF&index=nope");

        Assert.Equal("没有名为“nope”的检索索引。", results.GetProperty("message").GetString());
    }

    [Fact]
    public async Task TypeFilter_CountsAndPages_AgreeWithEachOther()
    {
        await factory.WaitUntilIndexedAsync();
        var client = factory.CreateClient();
        var all = await client.SearchAsync("q=" + Uri.EscapeDataString("志愿") + "&size=5");
        var counts = all.GetProperty("typeCounts").EnumerateArray().ToDictionary(c => c.GetProperty("value").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal(all.GetProperty("total").GetInt32(), counts.Values.Sum());

        var news = await client.SearchAsync("q=" + Uri.EscapeDataString("志愿") + "&type=News&size=5");
        Assert.Equal(counts["News"], news.GetProperty("total").GetInt32());
        Assert.All(news.GetProperty("results").EnumerateArray(), r => Assert.Equal("News", r.GetProperty("type").GetString()));

        var second = await client.SearchAsync("q=" + Uri.EscapeDataString("志愿") + "&type=News&size=5&page=2");
        Assert.Empty(news.Urls().Intersect(second.Urls()));
        Assert.Equal((counts["News"] + 4) / 5, second.GetProperty("pages").GetInt32());
    }

    [Fact]
    public async Task Newest_SortsByDate_AndTheDateRangeFilters()
    {
        await factory.WaitUntilIndexedAsync();
        var client = factory.CreateClient();

        var newest = await client.SearchAsync("q=" + Uri.EscapeDataString("志愿") + "&sort=newest&size=50");
        var dates = newest.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("date").GetString()!).ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);

        var in2018 = await client.SearchAsync("q=" + Uri.EscapeDataString("志愿") + "&from=2018-01-01&to=2018-12-31&size=50");
        Assert.All(in2018.GetProperty("results").EnumerateArray(), r => Assert.StartsWith("2018-", r.GetProperty("date").GetString()));
    }

    [Fact]
    public async Task PageAndApi_ShowTheSameResultsInTheSameOrder()
    {
        await factory.WaitUntilIndexedAsync();
        var query = "q=" + Uri.EscapeDataString("全民健身");

        var api = await factory.CreateClient().SearchAsync(query);
        var page = await factory.CreatePortalClient().GetPageAsync("/search?" + query);

        Assert.Equal(api.Urls(), page.QuerySelectorAll(".search-hit h2 a").Select(a => a.GetAttribute("href")!));
    }

    [Fact]
    public async Task ASynonymOfTheRecipe_FindsTheOtherWord()
    {
        await factory.WaitUntilIndexedAsync();

        var results = await factory.CreateClient().SearchAsync("q=" + Uri.EscapeDataString("义工"));

        Assert.True(results.GetProperty("total").GetInt32() > 0);
        Assert.Contains("<mark>志愿者</mark>", results.GetProperty("results").EnumerateArray().First().GetProperty("snippetHtml").GetString()
            + results.GetProperty("results").EnumerateArray().First().GetProperty("titleHtml").GetString());
    }
}

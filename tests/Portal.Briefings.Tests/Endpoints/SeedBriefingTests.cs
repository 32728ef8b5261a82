using AngleSharp.Dom;
using Portal.Testing;

namespace Portal.Briefings.Tests.Endpoints;

/// <summary>The briefing the setup recipe imports reads at its stable address with every field in its place.</summary>
[Collection(SharedSite.Name)]
public sealed class SeedBriefingTests(PortalFactory factory)
{
    private static readonly string SeedUrl = BriefingTestData.Url("江苏精神文明建设简报", 2018, 27);

    private static string Text(IDocument page, string selector)
        => page.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"no {selector}");

    [Fact]
    public async Task TheSeedBriefing_ShowsEveryMastheadField()
    {
        var page = await factory.CreatePortalClient().GetPageAsync(SeedUrl);

        Assert.Equal("江苏精神文明建设简报", Text(page, ".briefing-head .briefing-series"));
        Assert.Equal("第27期", Text(page, ".briefing-head .briefing-issue"));
        Assert.Equal("（新时代文明实践中心建设专刊 12）", Text(page, ".briefing-head .briefing-special"));
        Assert.Equal("新时代文明实践中心建设专刊", Text(page, ".briefing-special-label"));
        Assert.Equal("12", Text(page, ".briefing-special-number"));
        Assert.Equal("江苏省文明办", Text(page, ".briefing-issuer-line .briefing-issuer"));
        Assert.Equal("2018年12月21日", Text(page, ".briefing-issuer-line .briefing-date"));
        Assert.Equal("2018-12-21", page.QuerySelector(".briefing-date")!.GetAttribute("datetime"));
        Assert.NotNull(page.QuerySelector(".briefing-head .briefing-rule-red"));
    }

    [Fact]
    public async Task TheSeedBriefing_ShowsTheArticleWhole()
    {
        var page = await factory.CreatePortalClient().GetPageAsync(SeedUrl);

        Assert.Equal("江阴市动员部署新时代文明实践中心建设工作", Text(page, ".briefing-article .briefing-article-title"));
        var body = page.QuerySelector(".briefing-article .briefing-article-body")!;
        Assert.Equal(4, body.QuerySelectorAll("p").Length);
        Assert.StartsWith("12 月 20 日,江阴市召开新时代文明实践中心建设动员部署大会", body.TextContent.Trim());
        Assert.Contains("加强业务培训，坚持先培训再上岗，让志愿者了解和掌握文明实践的工作目标、内容和要求", body.TextContent);
        // Words the page breaks of the original cut in two read whole again.
        Assert.Contains("最近在全国县域经济与基本竞争力榜单中夺得“16连冠”", body.TextContent);
        Assert.Contains("广泛听取基层意见，准确把握群众需求", body.TextContent);
        Assert.Contains("积极参与文明实践活动，成为文明实践的主人。二是精心设计活动项目", body.TextContent);
        Assert.EndsWith("切实为奋力当好新时代高质量发展领跑者提供强大精神力量和丰润道德滋养。", body.TextContent.Trim());
    }

    [Fact]
    public async Task TheSeedBriefing_ShowsEveryFooterField()
    {
        var page = await factory.CreatePortalClient().GetPageAsync(SeedUrl);

        static IReadOnlyList<string> Lines(IElement group) => group.QuerySelectorAll(".briefing-recipient").Select(e => e.TextContent.Trim()).ToList();
        var report = page.QuerySelector(".briefing-footer .briefing-recipients[data-kind='report']")!;
        Assert.Equal("报：", report.QuerySelector(".briefing-recipients-label")!.TextContent.Trim());
        Assert.Equal(["中央文明办", "省文明委主任、副主任、委员"], Lines(report));
        var issue = page.QuerySelector(".briefing-footer .briefing-recipients[data-kind='issue']")!;
        Assert.Equal("发：", issue.QuerySelector(".briefing-recipients-label")!.TextContent.Trim());
        Assert.Equal(["各市、县（市、区）文明委、文明办", "省各有关部门、单位职能处室"], Lines(issue));
        Assert.Null(page.QuerySelector(".briefing-recipients[data-kind='send']"));
        Assert.Equal("省文明办综合联络处", Text(page, ".briefing-footer .briefing-office"));
        Assert.Equal("共印 500 份", Text(page, ".briefing-footer .briefing-copies"));
        Assert.Equal("（苏简字 1004 号）", Text(page, ".briefing-footer .briefing-docno"));
    }

    [Fact]
    public async Task TheSeedBriefing_IsTitledBySeriesAndIssue()
    {
        var page = await factory.CreatePortalClient().GetPageAsync(SeedUrl);

        Assert.StartsWith("江苏精神文明建设简报 2018年第27期", page.Title);
        Assert.Equal(["首页", "简报", "江苏精神文明建设简报", "2018年第27期"],
            page.QuerySelectorAll(".breadcrumb li").Select(li => li.TextContent.Trim()).ToList());
    }

    [Fact]
    public async Task TheIssuePage_LinksThePrintStylesheet_WithA4Pages()
    {
        var page = await factory.CreatePortalClient().GetPageAsync(SeedUrl);

        var href = page.QuerySelectorAll("link[rel='stylesheet']").Select(l => l.GetAttribute("href")).Single(h => h!.EndsWith("/css/briefing.css"));
        Assert.Equal("/_content/Portal.Theme.Civic/css/briefing.css", href);
        // The test host runs as Production, where a theme's static files come from the published output; read the source.
        var css = await File.ReadAllTextAsync(ThemeFile("wwwroot/css/briefing.css"));
        Assert.Contains("@media print", css);
        Assert.Contains("size: A4;", css);
        Assert.Contains("margin: 37mm 26mm 35mm 28mm;", css);
        Assert.Contains("FangSong", css);
    }

    private static string ThemeFile(string path)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "themes", "Portal.Theme.Civic", path);
            if (File.Exists(file))
                return file;
        }
        throw new FileNotFoundException(path);
    }
}

using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Portal.Abstractions.Contents;
using Portal.Contents.Tests.Engine;
using Portal.Testing;

namespace Portal.Contents.Tests.Endpoints;

[Collection(SharedSite.Name)]
public sealed class FeedEndpointsTests(PortalFactory factory)
{
    [Fact]
    public async Task TheRssFeedOfAType_HasExactlyItsPublishedItems_NewestFirst()
    {
        var type = await factory.CreateTypeAsync("FeedNews");
        var other = await factory.CreateTypeAsync("FeedOther");
        var first = await factory.CreateItemAsync(type.Name, "第一条", "<p>一</p>");
        var second = await factory.CreateItemAsync(type.Name, "第二条", "<p>二</p>");
        var third = await factory.CreateItemAsync(type.Name, "第三条", "<p>三</p>");
        await factory.CreateItemAsync(type.Name, "草稿", action: SaveAction.Draft);
        var removed = await factory.CreateItemAsync(type.Name, "已删除");
        await factory.WithContentsAsync(c => c.RemoveAsync(removed.ContentItemId));
        await factory.CreateItemAsync(other.Name, "别的类型");
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync($"/feeds/{type.Name}.rss");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var feed = await LoadAsync(response);
        Assert.Equal(["第三条", "第二条", "第一条"], feed.Items.Select(i => i.Title.Text));
        Assert.Equal($"urn:portal:content:{third.ContentItemId}", feed.Items.First().Id);
        Assert.Contains(type.DisplayName, feed.Title.Text);
        Assert.DoesNotContain(first.ContentItemId, feed.Items.Skip(3).Select(i => i.Id));
        Assert.Contains(second.ContentItemId, feed.Items.ElementAt(1).Id);
    }

    [Fact]
    public async Task EveryPublicPage_AnnouncesTheFeedOfEachListableType_InItsHead()
    {
        var type = await factory.CreateTypeAsync("FeedFound");
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync("/");

        var link = page.Head!.QuerySelector($"link[rel='alternate'][href='/feeds/{type.Name}.rss']");
        Assert.NotNull(link);
        Assert.Equal("application/rss+xml", link.GetAttribute("type"));
        Assert.Equal(type.DisplayName, link.GetAttribute("title"));
    }

    [Fact]
    public async Task AnRssItem_HasAnAbsoluteLink_ChinaTime_APlainSummary_AndTheHtmlAsContentEncoded()
    {
        var type = await factory.CreateTypeAsync("FeedNews");
        var body = "<p>江阴市<strong>新时代文明实践</strong>活动&amp;志愿服务</p><p><img src=\"/media/a.png\" alt=\"图\"></p>" + new string('文', 300);
        var item = await factory.CreateItemAsync(type.Name, "有正文的一条", body, path: $"测试/{Guid.NewGuid():N}");
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync($"/feeds/{type.Name}.rss");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        var entry = Assert.Single(xml.Descendants("item"));
        var path = item.As<AutoroutePart>()!.Path;
        Assert.Equal("http://localhost/" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString)), entry.Element("link")!.Value);
        Assert.Equal("false", entry.Element("guid")!.Attribute("isPermaLink")?.Value);
        Assert.EndsWith("+0800", entry.Element("pubDate")!.Value);
        var description = entry.Element("description")!.Value;
        Assert.StartsWith("江阴市 新时代文明实践 活动&志愿服务", description);
        Assert.DoesNotContain("<", description);
        Assert.True(description.Length <= 201, $"summary has {description.Length} characters");
        var encoded = entry.Element(XName.Get("encoded", "http://purl.org/rss/1.0/modules/content/"))!.Value;
        Assert.Contains("<strong>新时代文明实践</strong>", encoded);
        Assert.Contains("src=\"http://localhost/media/a.png\"", encoded);
    }

    [Fact]
    public async Task TheAtomFeedOfAType_ParsesAndCarriesTheHtmlAsContent()
    {
        var type = await factory.CreateTypeAsync("FeedNews");
        await factory.CreateItemAsync(type.Name, "旧的", "<p>旧</p>");
        await factory.CreateItemAsync(type.Name, "新的", "<p>新<em>内容</em></p>");
        await factory.CreateItemAsync(type.Name, "草稿", "<p>草稿</p>", action: SaveAction.Draft);
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync($"/feeds/{type.Name.ToLowerInvariant()}.atom");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var feed = await LoadAsync(response);
        Assert.Equal(["新的", "旧的"], feed.Items.Select(i => i.Title.Text));
        var newest = feed.Items.First();
        Assert.Contains("<em>内容</em>", ((TextSyndicationContent)newest.Content).Text);
        Assert.Equal(TimeSpan.FromHours(8), newest.PublishDate.Offset);
        Assert.StartsWith("http://localhost/", newest.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString());
        Assert.Equal($"http://localhost/feeds/{type.Name}.atom", feed.Links.Single(l => l.RelationshipType == "self").Uri.ToString());
    }

    [Fact]
    public async Task AColumnFeed_HasOnlyThePublishedItemsOfThatColumn()
    {
        var type = await factory.CreateTypeAsync("FeedNews");
        var column = await factory.CreateColumnAsync("工作动态");
        var otherColumn = await factory.CreateColumnAsync("基层风采");
        await factory.CreateItemAsync(type.Name, "本栏目一", columnId: column.ContentItemId);
        await factory.CreateItemAsync(type.Name, "本栏目二", columnId: column.ContentItemId);
        await factory.CreateItemAsync(type.Name, "本栏目草稿", columnId: column.ContentItemId, action: SaveAction.Draft);
        await factory.CreateItemAsync(type.Name, "别的栏目", columnId: otherColumn.ContentItemId);
        using var client = factory.CreatePortalClient();

        foreach (var format in new[] { "rss", "atom" })
        {
            var response = await client.GetAsync($"/feeds/columns/{column.ContentItemId}.{format}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var feed = await LoadAsync(response);
            Assert.Equal(["本栏目二", "本栏目一"], feed.Items.Select(i => i.Title.Text));
            Assert.Contains("工作动态", feed.Title.Text);
        }
    }

    [Theory]
    [InlineData("/feeds/NoSuchType.rss")]
    [InlineData("/feeds/NoSuchType.atom")]
    [InlineData("/feeds/columns/no-such-column.rss")]
    public async Task AnUnknownTypeOrColumn_Answers404(string url)
    {
        using var client = factory.CreatePortalClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task ATypeThatIsNotListable_OrAnItemThatIsNotAColumn_HasNoFeed()
    {
        var type = await factory.CreateTypeAsync("FeedNews");
        var item = await factory.CreateItemAsync(type.Name, "不是栏目");
        await factory.CreateColumnAsync("栏目");
        using var client = factory.CreatePortalClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/feeds/{ContentTestData.Column}.rss")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/feeds/columns/{item.ContentItemId}.rss")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/feeds/{type.Name}.json")).StatusCode);
    }

    private static async Task<SyndicationFeed> LoadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        XDocument.Parse(text);
        using var reader = XmlReader.Create(new StringReader(text));
        return SyndicationFeed.Load(reader);
    }
}

using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Portal.Abstractions.Contents;
using Portal.Contents.Tests.Engine;
using Portal.Testing;

namespace Portal.Contents.Tests.Endpoints;

[Collection(SharedSite.Name)]
public sealed class SitemapEndpointsTests(PortalFactory factory)
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task TheSitemap_ListsTheHomePage_TypeLists_AndPublishedItems_ButNotDrafts()
    {
        var type = await factory.CreateTypeAsync("MapNews");
        var published = await factory.CreateItemAsync(type.Name, "已发布", path: $"新闻/{Guid.NewGuid():N}");
        var draft = await factory.CreateItemAsync(type.Name, "草稿", path: $"新闻/{Guid.NewGuid():N}", action: SaveAction.Draft);
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Sitemaps + "urlset", xml.Root!.Name);
        var urls = xml.Root.Elements().ToList();
        Assert.All(urls, u =>
        {
            Assert.Equal(Sitemaps + "url", u.Name);
            Assert.True(Uri.IsWellFormedUriString(u.Element(Sitemaps + "loc")!.Value, UriKind.Absolute));
            if (u.Element(Sitemaps + "lastmod") is { } lastmod)
                Assert.True(DateTimeOffset.TryParseExact(lastmod.Value, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        });
        var locations = urls.Select(u => u.Element(Sitemaps + "loc")!.Value).ToList();
        Assert.Contains("http://localhost/", locations);
        Assert.Contains($"http://localhost/{type.RoutePrefix}", locations);
        Assert.Contains(Address(published), locations);
        Assert.Contains("%E6%96%B0%E9%97%BB", Address(published));
        Assert.DoesNotContain(Address(draft), locations);
        Assert.NotNull(urls.Single(u => u.Element(Sitemaps + "loc")!.Value == Address(published)).Element(Sitemaps + "lastmod"));
    }

    [Fact]
    public async Task RobotsTxt_AllowsAll_KeepsOutAdminAndAccount_AndPointsToTheSitemap()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Allow: /", lines);
        Assert.Contains("Disallow: /admin/", lines);
        Assert.Contains("Disallow: /account/", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }

    private static string Address(ContentItem item)
        => "http://localhost/" + string.Join('/', item.As<AutoroutePart>()!.Path.Split('/').Select(Uri.EscapeDataString));
}

/// <summary>A site told its public address, as behind a reverse proxy.</summary>
public sealed class PublicBaseUrlFactory : PortalFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Portal:PublicBaseUrl", "https://wmsj.example.cn/")];
}

public sealed class PublicBaseUrlTests(PublicBaseUrlFactory factory) : IClassFixture<PublicBaseUrlFactory>
{
    [Fact]
    public async Task WithAPublicBaseUrl_RobotsFeedsAndTheApiLinkThere()
    {
        var type = await factory.CreateTypeAsync("BaseNews");
        await factory.CreateItemAsync(type.Name, "一条");
        using var client = factory.CreatePortalClient();

        Assert.Contains("Sitemap: https://wmsj.example.cn/sitemap.xml", await client.Http.GetStringAsync("/robots.txt"));
        Assert.Contains($"<link>https://wmsj.example.cn/{type.RoutePrefix}/", await client.Http.GetStringAsync($"/feeds/{type.Name}.rss"));
        Assert.Contains($"\"url\":\"https://wmsj.example.cn/{type.RoutePrefix}/", await client.Http.GetStringAsync($"/api/contents?type={type.Name}"));
    }
}

using Portal.Abstractions.Contents;
using Portal.Explainers.Models;
using Portal.Testing;

namespace Portal.Explainers.Tests.Recipes;

/// <summary>What the setup recipe imports: the columns, sample news, pages, two real policies and their explainers.</summary>
[Collection(SharedSite.Name)]
public sealed class SampleContentTests(PortalFactory factory)
{
    [Fact]
    public async Task TheVolunteerServiceRegulations_AreAPolicyWithTheirRealIdentity_AndListTheirExplainers()
    {
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync("/policies/volunteer-service-regulations");

        var details = page.QuerySelector("article .details")!.TextContent;
        Assert.Contains("志愿服务条例", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("国务院令第685号", details);
        Assert.Contains("国务院", details);
        Assert.Contains("2017年8月22日", details);
        Assert.Contains("第三条 开展志愿服务，应当遵循自愿、无偿、平等、诚信、合法的原则", page.QuerySelector(".policy-text")!.TextContent);
        Assert.NotNull(page.Link("/explainers/2026/02/volunteer-regulations-qa"));
        Assert.NotNull(page.Link("/explainers/2026/02/volunteer-regulations-graphic"));
    }

    [Fact]
    public async Task TheSampleExplainers_LinkBackToTheirPolicy_AndAreMarkedAsSamples()
    {
        using var client = factory.CreatePortalClient();

        var text = await client.GetPageAsync("/explainers/2026/02/volunteer-regulations-qa");
        var graphic = await client.GetPageAsync("/explainers/2026/02/volunteer-regulations-graphic");

        Assert.NotNull(text.QuerySelector(".policy-box a[href='/policies/volunteer-service-regulations']"));
        Assert.True(text.QuerySelectorAll(".qa-list dt").Length >= 3);
        Assert.Contains("示例", text.QuerySelector("h1")!.TextContent);
        var image = graphic.QuerySelector(".explainer-graphic img")!;
        Assert.StartsWith("/_content/Portal.Theme.Civic/img/", image.GetAttribute("src"));
        Assert.False(string.IsNullOrWhiteSpace(image.GetAttribute("alt")));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(image.GetAttribute("src")!)).StatusCode);
    }

    [Fact]
    public async Task TheRecipe_MakesThreeColumnsWithSampleNewsInEach()
    {
        var columns = await factory.WithContentsAsync(c => c.GetManyAsync(["sample-column-gzdt", "sample-column-jcfc", "sample-column-tzgg"], VersionOptions.Published));
        using var client = factory.CreatePortalClient();

        Assert.Equal(["工作动态", "基层风采", "通知公告"], columns.Select(c => c.DisplayText));
        foreach (var column in columns)
        {
            var page = await client.GetPageAsync(ExplainersTestData.UrlOf(column));
            Assert.Contains(page.QuerySelectorAll(".article-list > li"), li => li.TextContent.Contains("示例"));
        }
    }

    [Fact]
    public async Task EverySampleNewsItemAndExplainer_SaysItIsASample()
    {
        var items = await factory.WithContentsAsync(c => c.QueryAsync(new ContentQuery { Types = ["News", "Explainer"], Take = 100 }));
        var samples = items.Items.Where(i => i.ContentItemId.StartsWith("sample-", StringComparison.Ordinal)).ToList();

        Assert.InRange(samples.Count(i => i.ContentType == "News"), 8, 10);
        Assert.InRange(samples.Count(i => i.ContentType == "Explainer"), 2, 3);
        Assert.All(samples, i => Assert.Contains("示例", i.DisplayText));
        Assert.Contains(samples, i => i.As<ExplainerPart>()?.Form == ExplainerForm.Graphic);
        Assert.Contains(samples, i => i.As<ExplainerPart>() is { Form: ExplainerForm.Text, Questions.Count: > 0 });
    }
}

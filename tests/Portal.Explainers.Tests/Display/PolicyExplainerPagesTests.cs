using AngleSharp.Dom;
using Portal.Abstractions.Contents;
using Portal.Explainers.Models;
using Portal.Testing;

namespace Portal.Explainers.Tests.Display;

[Collection(SharedSite.Name)]
public sealed class PolicyExplainerPagesTests(PortalFactory factory)
{
    [Fact]
    public async Task APolicyPage_ListsItsPublishedExplainers_AndAnExplainerPage_LinksBackToItsPolicy()
    {
        var policy = await factory.CreatePolicyAsync();
        var published = await factory.CreateExplainerAsync(policy.ContentItemId);
        var draft = await factory.CreateExplainerAsync(policy.ContentItemId, action: SaveAction.Draft);
        using var client = factory.CreatePortalClient();

        var policyPage = await client.GetPageAsync(ExplainersTestData.UrlOf(policy));
        var explainerPage = await client.GetPageAsync(ExplainersTestData.UrlOf(published));

        Assert.NotNull(policyPage.Link(ExplainersTestData.UrlOf(published)));
        Assert.DoesNotContain(draft.DisplayText, policyPage.Body!.TextContent);
        Assert.Contains("测试令第1号", policyPage.Body.TextContent);
        var box = explainerPage.QuerySelector(".policy-box")!;
        Assert.Contains("解读的政策", box.TextContent);
        Assert.Contains(policy.DisplayText, box.TextContent);
        Assert.Contains("测试令第1号", box.TextContent);
        Assert.Contains("测试机关", box.TextContent);
        Assert.Contains("2026年1月15日", box.TextContent);
        Assert.NotNull(box.QuerySelector($"a[href='{ExplainersTestData.UrlOf(policy)}']"));
    }

    [Fact]
    public async Task UnpublishingAnExplainer_RemovesItFromThePolicyPage()
    {
        var policy = await factory.CreatePolicyAsync();
        var kept = await factory.CreateExplainerAsync(policy.ContentItemId);
        var withdrawn = await factory.CreateExplainerAsync(policy.ContentItemId);
        using var client = factory.CreatePortalClient();
        var before = await client.GetPageAsync(ExplainersTestData.UrlOf(policy));

        await factory.WithContentsAsync(c => c.UnpublishAsync(withdrawn.ContentItemId));
        var after = await client.GetPageAsync(ExplainersTestData.UrlOf(policy));

        Assert.NotNull(before.Link(ExplainersTestData.UrlOf(withdrawn)));
        Assert.Null(after.Link(ExplainersTestData.UrlOf(withdrawn)));
        Assert.NotNull(after.Link(ExplainersTestData.UrlOf(kept)));
    }

    [Fact]
    public async Task AnExplainerMovedToTheRecycleBin_LeavesThePolicyPage()
    {
        var policy = await factory.CreatePolicyAsync();
        var removed = await factory.CreateExplainerAsync(policy.ContentItemId);

        await factory.WithContentsAsync(c => c.RemoveAsync(removed.ContentItemId));
        using var client = factory.CreatePortalClient();
        var page = await client.GetPageAsync(ExplainersTestData.UrlOf(policy));

        Assert.Null(page.Link(ExplainersTestData.UrlOf(removed)));
        Assert.Contains("暂无解读", page.Body!.TextContent);
    }

    [Fact]
    public async Task AGraphicExplainer_ShowsItsImageWithAlt_AndAVideoExplainer_ItsLink()
    {
        var policy = await factory.CreatePolicyAsync();
        var graphic = (await factory.TrySaveExplainerAsync(policy.ContentItemId, p =>
        {
            p.Form = ExplainerForm.Graphic;
            p.GraphicUrl = "/_content/Portal.Theme.Civic/img/sample-volunteer-regulations.svg";
            p.GraphicAlt = "测试图解说明";
        })).Item!;
        var video = (await factory.TrySaveExplainerAsync(policy.ContentItemId, p => { p.Form = ExplainerForm.Video; p.VideoUrl = "https://video.example.cn/v/1"; })).Item!;
        using var client = factory.CreatePortalClient();

        var graphicPage = await client.GetPageAsync(ExplainersTestData.UrlOf(graphic));
        var videoPage = await client.GetPageAsync(ExplainersTestData.UrlOf(video));

        var image = graphicPage.QuerySelector(".explainer-graphic img")!;
        Assert.Equal("/_content/Portal.Theme.Civic/img/sample-volunteer-regulations.svg", image.GetAttribute("src"));
        Assert.Equal("测试图解说明", image.GetAttribute("alt"));
        Assert.Contains("图解", graphicPage.QuerySelector(".kind-label")!.TextContent);
        Assert.NotNull(videoPage.QuerySelector("main a[href='https://video.example.cn/v/1']"));
    }

    [Fact]
    public async Task ScriptInQuestionAnswers_NeverReachesThePageAsScript()
    {
        var policy = await factory.CreatePolicyAsync();
        var result = await factory.TrySaveExplainerAsync(policy.ContentItemId, p => p.Questions = ExplainersTestData.XssPayloads
            .Select((payload, i) => new QuestionAnswer { Question = $"问题{i}{payload}", Answer = $"<p>回答{i}</p>{payload}" }).ToList());
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync(ExplainersTestData.UrlOf(result.Item!));

        var qa = page.QuerySelector(".qa-list")!;
        ExplainersTestData.AssertNoScript(qa);
        Assert.Equal(ExplainersTestData.XssPayloads.Length, qa.QuerySelectorAll("dd").Length);
        Assert.Contains("回答0", qa.TextContent);
        // The question is plain text: shown, encoded, as typed.
        Assert.Contains("问题0<script>alert(1)</script>", qa.TextContent);
    }

    [Fact]
    public async Task TheExplainersList_ShowsEachExplainersFormAndSummary()
    {
        var policy = await factory.CreatePolicyAsync();
        var explainer = (await factory.TrySaveExplainerAsync(policy.ContentItemId, p => p.Summary = "列表里看得到的摘要")).Item!;
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync("/explainers");

        var row = page.Link(ExplainersTestData.UrlOf(explainer))!.ParentElement!;
        Assert.Contains("列表里看得到的摘要", row.TextContent);
        Assert.Contains("文字", row.QuerySelector(".badge")!.TextContent);
    }
}

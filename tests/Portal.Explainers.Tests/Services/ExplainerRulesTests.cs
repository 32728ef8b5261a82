using Portal.Abstractions.Contents;
using Portal.Explainers.Models;
using Portal.Testing;

namespace Portal.Explainers.Tests.Services;

[Collection(SharedSite.Name)]
public sealed class ExplainerRulesTests(PortalFactory factory)
{
    [Fact]
    public async Task AnExplainerPointingAtANonPolicy_IsRefusedWithAMessage_AndNothingIsSaved()
    {
        var news = await factory.CreateNewsAsync(ExplainersTestData.Unique("不是政策"));
        var title = ExplainersTestData.Unique("指错的解读");

        var result = await factory.TrySaveExplainerAsync(news.ContentItemId, title: title);

        var error = Assert.Single(result.Errors);
        Assert.Equal("ExplainerPart.PolicyId", error.Key);
        Assert.Contains("不是政策文件", error.Message);
        var found = await factory.WithContentsAsync(c => c.QueryAsync(new ContentQuery { Types = ["Explainer"], Status = ContentStatus.Any, Text = title }));
        Assert.Equal(0, found.Total);
    }

    [Fact]
    public async Task AnExplainerPointingAtNothing_IsRefused()
    {
        var result = await factory.TrySaveExplainerAsync("no-such-item");

        Assert.Contains(result.Errors, e => e.Key == "ExplainerPart.PolicyId" && e.Message.Contains("不是政策文件"));
    }

    [Fact]
    public async Task AGraphicWithoutAnImage_IsRefused()
    {
        var policy = await factory.CreatePolicyAsync();

        var result = await factory.TrySaveExplainerAsync(policy.ContentItemId, p => p.Form = ExplainerForm.Graphic);

        Assert.Contains(result.Errors, e => e.Key == "ExplainerPart.GraphicUrl" && e.Message.Contains("图解图片"));
    }

    [Fact]
    public async Task AVideoWithoutALink_IsRefused()
    {
        var policy = await factory.CreatePolicyAsync();

        var result = await factory.TrySaveExplainerAsync(policy.ContentItemId, p => p.Form = ExplainerForm.Video);

        Assert.Contains(result.Errors, e => e.Key == "ExplainerPart.VideoUrl" && e.Message.Contains("视频链接"));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.com/a.mp4")]
    [InlineData("/videos/local.mp4")]
    [InlineData("不是网址")]
    public async Task AVideoLinkThatIsNotHttp_IsRefused(string url)
    {
        var policy = await factory.CreatePolicyAsync();

        var result = await factory.TrySaveExplainerAsync(policy.ContentItemId, p => { p.Form = ExplainerForm.Video; p.VideoUrl = url; });

        Assert.Contains(result.Errors, e => e.Key == "ExplainerPart.VideoUrl" && e.Message.Contains("http://"));
    }

    [Fact]
    public async Task AGraphicImageWithAScriptAddress_IsRefused()
    {
        var policy = await factory.CreatePolicyAsync();

        var result = await factory.TrySaveExplainerAsync(policy.ContentItemId, p => { p.Form = ExplainerForm.Graphic; p.GraphicUrl = "javascript:alert(1)"; });

        Assert.Contains(result.Errors, e => e.Key == "ExplainerPart.GraphicUrl");
    }

    [Fact]
    public async Task ASummaryOver300Characters_IsRefused()
    {
        var policy = await factory.CreatePolicyAsync();

        var result = await factory.TrySaveExplainerAsync(policy.ContentItemId, p => p.Summary = new string('字', 301));

        Assert.Contains(result.Errors, e => e.Key == "ExplainerPart.Summary" && e.Message.Contains("300"));
    }

    [Fact]
    public async Task AQuestionWithoutAnAnswer_IsRefusedAtItsRow_AndEmptyRowsAreDropped()
    {
        var policy = await factory.CreatePolicyAsync();

        var refused = await factory.TrySaveExplainerAsync(policy.ContentItemId, p => p.Questions =
            [new() { Question = "有答案", Answer = "<p>答</p>" }, new() { Question = "没答案", Answer = "" }]);
        var saved = await factory.TrySaveExplainerAsync(policy.ContentItemId, p => p.Questions =
            [new() { Question = "", Answer = "" }, new() { Question = "问", Answer = "<p>答</p>" }, new() { Question = " ", Answer = " " }]);

        Assert.Contains(refused.Errors, e => e.Key == "ExplainerPart.Questions[1].Answer" && e.Message.Contains("第 2 条"));
        Assert.True(saved.Succeeded);
        Assert.Single(saved.Item!.As<ExplainerPart>()!.Questions);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("昨天")]
    public async Task APolicyWithADateThatIsNotADate_IsRefused(string date)
    {
        var result = await factory.TrySaveAsync("Policy", item => item
            .Apply(new TitlePart { Title = ExplainersTestData.Unique("日期错误的政策") })
            .Apply(new PolicyPart { IssuingAuthority = "国务院", IssuedDate = date }));

        Assert.Contains(result.Errors, e => e.Key == "PolicyPart.IssuedDate" && e.Message.Contains("不是有效的日期"));
    }

    [Fact]
    public async Task APolicyWithAScriptLink_OrWithoutAnAuthority_IsRefused()
    {
        var result = await factory.TrySaveAsync("Policy", item => item
            .Apply(new TitlePart { Title = ExplainersTestData.Unique("链接错误的政策") })
            .Apply(new PolicyPart { OriginalUrl = "javascript:alert(1)" }));

        Assert.Contains(result.Errors, e => e.Key == "PolicyPart.OriginalUrl" && e.Message.Contains("http://"));
        Assert.Contains(result.Errors, e => e.Key == "PolicyPart.IssuingAuthority");
    }
}

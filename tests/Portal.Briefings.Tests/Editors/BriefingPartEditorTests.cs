using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Contents;
using Portal.Briefings.Contracts;
using Portal.Briefings.Editors;
using Portal.Briefings.Models;
using Portal.Testing;

namespace Portal.Briefings.Tests.Editors;

[Collection(SharedSite.Name)]
public sealed class BriefingPartEditorTests(PortalFactory factory)
{
    /// <summary>Stands in for the content editor's form binding: gives the editor the values as posted.</summary>
    private sealed class PostedForm(BriefingPartModel posted) : IContentUpdater
    {
        public ModelStateDictionary ModelState { get; } = new();

        public Task<bool> TryUpdateModelAsync<TModel>(TModel model, string prefix) where TModel : class
        {
            var target = (BriefingPartModel)(object)model;
            foreach (var property in typeof(BriefingPartModel).GetProperties())
                property.SetValue(target, property.GetValue(posted));
            return Task.FromResult(true);
        }
    }

    private Task<(ContentItem Item, ModelStateDictionary Errors)> PostAsync(BriefingPartModel posted) => factory.WithScopeAsync(async sp =>
    {
        var item = await sp.GetRequiredService<IContentManager>().NewAsync(BriefingsFeature.ContentType);
        var form = new PostedForm(posted);
        await sp.GetServices<IContentPartEditor>().OfType<BriefingPartEditor>().Single().UpdateAsync(item, new ContentTypePart { Name = nameof(BriefingPart) }, form, default);
        return (item, form.ModelState);
    });

    private static string Message(ModelStateDictionary errors, string key) => errors[key]!.Errors.Single().ErrorMessage;

    [Fact]
    public async Task ANewIssue_StartsWithTheNextNumberOfTheLatestSeries()
    {
        var series = BriefingTestData.NewSeries();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await factory.CreateAsync(BriefingTestData.Part(series, 3, today));

        var model = await factory.WithScopeAsync(async sp =>
        {
            var item = await sp.GetRequiredService<IContentManager>().NewAsync(BriefingsFeature.ContentType);
            return (BriefingPartModel)await sp.GetServices<IContentPartEditor>().OfType<BriefingPartEditor>().Single().BuildEditorAsync(item, new ContentTypePart(), default);
        });

        Assert.Equal(series, model.Series);
        Assert.Equal("4", model.Number);
        Assert.Equal(today.ToString("yyyy-MM-dd"), model.Date);
        Assert.Equal("", model.Articles.Single().Title ?? "");
    }

    [Fact]
    public async Task ADateThatIsNotADate_GetsAMessageNextToTheDate()
    {
        var (_, errors) = await PostAsync(new BriefingPartModel
        {
            Series = "测试简报", Number = "1", Issuer = "单位", Date = "2026-02-30",
            Articles = [new BriefingArticleModel { Title = "标题", Html = "<p>正文</p>" }],
        });

        Assert.Equal("日期无效，请按 2018-12-21 的格式填写一个真实的日期。", Message(errors, "BriefingPart.Date"));
    }

    [Fact]
    public async Task NumbersThatAreNotNumbers_GetMessagesNextToTheirFields()
    {
        var (_, errors) = await PostAsync(new BriefingPartModel
        {
            Series = "测试简报", Number = "二十七", Issuer = "单位", Date = "2026-02-03", Copies = "-5", DocumentNumber = "abc",
            Articles = [new BriefingArticleModel { Title = "标题", Html = "<p>正文</p>" }],
        });

        Assert.Equal("期号须为正整数（从第 1 期起）。", Message(errors, "BriefingPart.Number"));
        Assert.Equal("印数须为不小于 0 的整数。", Message(errors, "BriefingPart.Copies"));
        Assert.Equal("文号须为正整数。", Message(errors, "BriefingPart.DocumentNumber"));
    }

    [Fact]
    public async Task RecipientsAreTakenOnePerLine_AndTheEmptyArticleRowIsDropped()
    {
        var (item, errors) = await PostAsync(new BriefingPartModel
        {
            Series = "测试简报", Number = "2", Issuer = "单位", Date = "2026-02-03", Copies = "500",
            ReportTo = "中央文明办\r\n省文明委主任、副主任、委员\r\n\r\n", IssueTo = "各市文明办",
            DocumentPrefix = "苏简字", DocumentNumber = "1004",
            Articles = [new BriefingArticleModel { Title = "标题", Html = "<p>正文</p>" }, new BriefingArticleModel()],
        });

        Assert.Equal(0, errors.ErrorCount);
        var part = item.As<BriefingPart>()!;
        Assert.Equal(["中央文明办", "省文明委主任、副主任、委员"], part.ReportTo);
        Assert.Equal(["各市文明办"], part.IssueTo);
        Assert.Single(part.Articles);
        Assert.Equal((500, "苏简字", 1004), (part.Copies!.Value, part.DocumentPrefix, part.DocumentNumber!.Value));
        Assert.Equal(new DateOnly(2026, 2, 3), part.Date);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Contents;
using Portal.Briefings.Contracts;
using Portal.Briefings.Models;
using Portal.Testing;

namespace Portal.Briefings.Tests.Services;

[Collection(SharedSite.Name)]
public sealed class BriefingSaveTests(PortalFactory factory)
{
    private Task<int> CountAsync(string series) => factory.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<IContentManager>().QueryAsync(new ContentQuery
        {
            Types = [BriefingsFeature.ContentType], Status = ContentStatus.Any, Text = series, Take = 100,
        })).Total);

    [Fact]
    public async Task Save_GivesTheIssueItsDisplayTextAndStableAddress()
    {
        var series = BriefingTestData.NewSeries();

        var item = await factory.CreateAsync(BriefingTestData.Part(series, 7, new DateOnly(2026, 5, 1)));

        Assert.Equal($"{series} 2026年第7期", item.DisplayText);
        Assert.Equal($"briefings/{series}/2026/7", item.As<AutoroutePart>()!.Path);
    }

    [Fact]
    public async Task Save_WithANumberAlreadyTaken_IsRefusedWithAMessageNamingTheIssue_AndNothingIsSaved()
    {
        var series = BriefingTestData.NewSeries();
        await factory.CreateAsync(BriefingTestData.Part(series, 27, new DateOnly(2018, 12, 21)));

        var result = await factory.SaveAsync(BriefingTestData.Part(series, 27, new DateOnly(2018, 12, 28), title: "另一篇"));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("BriefingPart.Number", error.Key);
        Assert.Equal($"第 27 期已被“{series} 2018年第27期”使用，不能重号；建议用第 28 期。", error.Message);
        Assert.Equal(1, await CountAsync(series));
    }

    [Fact]
    public async Task Save_TheSameNumberInAnotherYearOrSeries_IsAllowed()
    {
        var series = BriefingTestData.NewSeries();
        await factory.CreateAsync(BriefingTestData.Part(series, 1, new DateOnly(2025, 1, 10)));

        Assert.True((await factory.SaveAsync(BriefingTestData.Part(series, 1, new DateOnly(2026, 1, 10)))).Succeeded);
        Assert.True((await factory.SaveAsync(BriefingTestData.Part(BriefingTestData.NewSeries(), 1, new DateOnly(2025, 1, 10)))).Succeeded);
    }

    [Fact]
    public async Task Save_AgainOfTheSameIssue_KeepsItsNumber()
    {
        var series = BriefingTestData.NewSeries();
        var item = await factory.CreateAsync(BriefingTestData.Part(series, 2, new DateOnly(2026, 4, 1)));

        var result = await factory.WithScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var latest = await contents.GetAsync(item.ContentItemId, VersionOptions.Latest);
            latest!.Alter<BriefingPart>(p => p.Issuer = "改过的编发单位");
            return await contents.SaveAsync(latest, SaveAction.Publish);
        });

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
    }

    [DatabaseSensitive("parallel saves against a unique issue number")]
    [Fact]
    public async Task ConcurrentSaves_OfTheSameNumber_OneSucceedsAndTheOtherIsRefused()
    {
        var series = BriefingTestData.NewSeries();
        var date = new DateOnly(2026, 9, 1);
        // The site starts once, before the editors race.
        _ = factory.Services;

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            Task.Run(() => factory.SaveAsync(BriefingTestData.Part(series, 27, date, title: $"编辑{i}的文章")))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Contains("不能重号", r.Errors.Single().Message));
        Assert.Equal(1, await CountAsync(series));
    }

    [Fact]
    public async Task Save_WithBadValues_GetsAMessageForEachField()
    {
        var part = new BriefingPart
        {
            Series = "有 空格",
            Number = 0,
            Issuer = "",
            Date = null,
            Articles = [new BriefingArticle { Title = "", Html = "<p>只有正文</p>" }],
            Copies = -1,
            SpecialNumber = 3,
        };

        var result = await factory.SaveAsync(part);

        Assert.False(result.Succeeded);
        var errors = result.Errors.ToDictionary(e => e.Key, e => e.Message);
        Assert.Contains("刊名只能由汉字、字母和数字组成", errors["BriefingPart.Series"]);
        Assert.Equal("期号须为正整数（从第 1 期起）。", errors["BriefingPart.Number"]);
        Assert.Equal("请填写日期（期号按日期所在年份编排）。", errors["BriefingPart.Date"]);
        Assert.Equal("请填写编发单位（如 江苏省文明办）。", errors["BriefingPart.Issuer"]);
        Assert.Equal("第 1 篇文章缺少标题。", errors["BriefingPart.Articles[0].Title"]);
        Assert.Equal("印数不能为负数。", errors["BriefingPart.Copies"]);
        Assert.Equal("填写了专刊期号，请同时填写专刊名称。", errors["BriefingPart.SpecialLabel"]);
    }

    [Fact]
    public async Task Save_WithoutAnyArticle_IsRefused()
    {
        var part = BriefingTestData.Part(BriefingTestData.NewSeries(), 1, new DateOnly(2026, 1, 1));
        part.Articles = [new BriefingArticle { Title = " ", Html = "<p> </p>" }];

        var result = await factory.SaveAsync(part);

        Assert.Equal("至少要有一篇文章（有标题）。", Assert.Single(result.Errors).Message);
    }
}

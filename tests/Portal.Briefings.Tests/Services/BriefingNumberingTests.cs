using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Contents;
using Portal.Briefings.Services;
using Portal.Testing;

namespace Portal.Briefings.Tests.Services;

[Collection(SharedSite.Name)]
public sealed class BriefingNumberingTests(PortalFactory factory)
{
    private Task<int> NextAsync(string series, int year)
        => factory.WithScopeAsync(sp => sp.GetRequiredService<BriefingNumbering>().NextNumberAsync(series, year));

    [Fact]
    public async Task NextNumber_OfANewSeries_IsOne()
        => Assert.Equal(1, await NextAsync(BriefingTestData.NewSeries(), 2026));

    [Fact]
    public async Task NextNumber_IsOneMoreThanTheHighestOfTheSeriesThatYear_DraftsIncluded()
    {
        var series = BriefingTestData.NewSeries();
        await factory.CreateAsync(BriefingTestData.Part(series, 1, new DateOnly(2026, 1, 5)));
        await factory.CreateAsync(BriefingTestData.Part(series, 4, new DateOnly(2026, 3, 5)), SaveAction.Draft);
        await factory.CreateAsync(BriefingTestData.Part(BriefingTestData.NewSeries(), 9, new DateOnly(2026, 3, 5)));

        Assert.Equal(5, await NextAsync(series, 2026));
    }

    [Fact]
    public async Task NextNumber_StartsAgainAtOne_InANewYear()
    {
        var series = BriefingTestData.NewSeries();
        await factory.CreateAsync(BriefingTestData.Part(series, 27, new DateOnly(2025, 12, 21)));

        Assert.Equal(28, await NextAsync(series, 2025));
        Assert.Equal(1, await NextAsync(series, 2026));
    }

    [Fact]
    public async Task ABinnedIssue_GivesUpItsNumber()
    {
        var series = BriefingTestData.NewSeries();
        var issue = await factory.CreateAsync(BriefingTestData.Part(series, 3, new DateOnly(2026, 2, 1)));

        await factory.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().RemoveAsync(issue.ContentItemId));

        Assert.Equal(1, await NextAsync(series, 2026));
        Assert.True((await factory.SaveAsync(BriefingTestData.Part(series, 3, new DateOnly(2026, 2, 2)))).Succeeded);
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Organization.Contracts;
using Portal.Testing;

namespace Portal.Needs.Tests.Public;

[Collection(SharedSite.Name)]
public sealed class OrderFormTests(PortalFactory site)
{
    [Theory]
    [InlineData("Description", "   ", "请填写需求描述")]
    [InlineData("Phone", "1381234567", "手机号码应为 1 开头的 11 位数字")]
    [InlineData("Phone", "0510-8686000", "手机号码应为 1 开头的 11 位数字")]
    [InlineData("Phone", "", "请填写联系人的手机号码")]
    [InlineData("Unit", "NOWHERE", "没有这个村（社区）")]
    [InlineData("Unit", "JY", "没有这个村（社区）")]
    [InlineData("Unit", "", "请选择需求所在的村（社区）")]
    [InlineData("Category", "打麻将", "请从服务类别中选择")]
    [InlineData("Title", "", "请填写需求标题")]
    [InlineData("ContactName", "", "请填写联系人姓名")]
    public async Task BadInput_IsRefusedWithASpecificMessage_AndNothingIsSaved(string field, string value, string message)
    {
        var (station, _) = await site.CreateStationsAsync();
        using var resident = site.CreatePortalClient();
        var form = NeedsTestData.ValidForm(station.Code, NeedsTestData.Unique("错误输入"), NeedsTestData.NewMobile());
        form[field] = value;

        var response = await resident.SubmitFormAsync("/needs/new", "form.need-form", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector($"#{field}-error")!.TextContent);
        // What the resident typed stays in the form.
        Assert.Equal(form["ContactName"], ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#ContactName")!).Value);
        Assert.False(await site.ReadAsync(db => db.Needs.AnyAsync(n => n.Title == form["Title"] && n.Title != "")));
        Assert.Equal(0, await site.ReadAsync(db => db.Needs.CountAsync(n => n.UnitId == station.Id)));
    }

    [Fact]
    public async Task APostWithoutTheFormsAntiforgeryToken_IsRefused_AndSavesNothing()
    {
        var (station, _) = await site.CreateStationsAsync();
        using var resident = site.CreatePortalClient();
        var form = NeedsTestData.ValidForm(station.Code, NeedsTestData.Unique("伪造"), NeedsTestData.NewMobile());

        var response = await resident.Http.PostAsync("/needs/new", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await site.ReadAsync(db => db.Needs.CountAsync(n => n.UnitId == station.Id)));
    }

    [Fact]
    public async Task AnUnknownPrivateLink_IsNotFound()
    {
        using var anyone = site.CreatePortalClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync("/needs/track/" + new string('A', 32))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync("/needs/track/" + new string('A', 300))).StatusCode);
    }

    [DatabaseSensitive("parallel orders against a unique number")]
    [Fact]
    public async Task NumbersCountTheDaysOrders_AndNeverRepeat()
    {
        var (station, _) = await site.CreateStationsAsync();
        var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => site.OrderAsync(station.Code)));
        var numbers = await site.ReadAsync(db => db.Needs.Where(n => n.UnitId == station.Id).Select(n => n.Number).ToListAsync());
        Assert.Equal(8, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Matches(@"^XQ\d{8}-\d{4}$", n));
        Assert.Equal(8, ids.Select(i => i.Token).Distinct().Count());
    }
}

/// <summary>The order form is limited per address: a spammer's posts beyond the limit are turned away.</summary>
public sealed class OrderFormRateLimitTests(OrderFormRateLimitTests.LimitedSite site) : IClassFixture<OrderFormRateLimitTests.LimitedSite>
{
    public sealed class LimitedSite : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Portal:RateLimits:PublicWritesPerMinute", "3")];
    }

    [Fact]
    public async Task PostsBeyondTheLimit_AreAnswered429_AndNotSaved()
    {
        var station = await site.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync("JY-CJ-NJ"));
        using var spammer = site.CreatePortalClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var response = await spammer.SubmitFormAsync("/needs/new", "form.need-form",
                NeedsTestData.ValidForm(station!.Code, $"刷单{i}", NeedsTestData.NewMobile()));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.True(await site.ReadAsync(db => db.Needs.CountAsync(n => n.Title.StartsWith("刷单"))) < 5);
    }
}

using System.Net;
using Portal.Needs.Models;
using Portal.Testing;

namespace Portal.Needs.Tests.Public;

[Collection(SharedSite.Name)]
public sealed class RatingTests(PortalFactory site)
{
    [Fact]
    public async Task ARatingBeforeTheServiceIsDone_IsRefusedWithAMessage_AndNotSaved()
    {
        var (station, _) = await site.CreateStationsAsync();
        var (id, token) = await site.OrderAsync(station.Code);
        await site.StepAsync(s => s.ReviewAsync(id, true, null, "中心"), s => s.DispatchAsync(id, station.Id, "中心"));
        using var resident = site.CreatePortalClient();

        var response = await resident.PostWithTokenAsync("/needs/new", $"/needs/track/{token}/rate", ("Rating", "5"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("服务完成后才能评价", (await PortalClient.ParseAsync(response)).QuerySelector(".form-error")!.TextContent);
        Assert.Null((await site.NeedAsync(id)).Rating);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("五")]
    [InlineData("")]
    public async Task ARatingOutsideOneToFive_IsRefused(string rating)
    {
        var (id, token) = await DoneNeedAsync();
        using var resident = site.CreatePortalClient();

        var response = await resident.PostWithTokenAsync("/needs/new", $"/needs/track/{token}/rate", ("Rating", rating));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请选择 1 至 5 星的评分", (await PortalClient.ParseAsync(response)).QuerySelector(".form-error")!.TextContent);
        Assert.Null((await site.NeedAsync(id)).Rating);
    }

    [Fact]
    public async Task ANeedIsRatedOnlyOnce()
    {
        var (id, token) = await DoneNeedAsync();
        using var resident = site.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await resident.PostWithTokenAsync("/needs/new", $"/needs/track/{token}/rate", ("Rating", "2"))).StatusCode);

        var again = await resident.PostWithTokenAsync("/needs/new", $"/needs/track/{token}/rate", ("Rating", "5"));

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("只能评价一次", (await PortalClient.ParseAsync(again)).QuerySelector(".form-error")!.TextContent);
        Assert.Equal(2, (await site.NeedAsync(id)).Rating);
    }

    [Fact]
    public async Task TheRejectionsReason_IsShownOnThePrivatePage_AndNowhereInPublic()
    {
        var (station, _) = await site.CreateStationsAsync();
        var (id, token) = await site.OrderAsync(station.Code);
        var reason = NeedsTestData.Unique("不属于文明实践服务范围");
        await site.StepAsync(s => s.ReviewAsync(id, false, reason, "中心"));
        using var anyone = site.CreatePortalClient();

        Assert.Contains(reason, (await anyone.GetPageAsync($"/needs/track/{token}")).QuerySelector(".need-reject")!.TextContent);
        var menu = await anyone.GetAsync($"/needs?unit={station.Code}");
        Assert.DoesNotContain(reason, await menu.Content.ReadAsStringAsync());
        Assert.Equal(NeedStatus.Rejected, (await site.NeedAsync(id)).Status);
    }

    private async Task<(int Id, string Token)> DoneNeedAsync()
    {
        var (station, _) = await site.CreateStationsAsync();
        var (id, token) = await site.OrderAsync(station.Code);
        await site.StepAsync(
            s => s.ReviewAsync(id, true, null, "中心"),
            s => s.DispatchAsync(id, station.Id, "中心"),
            s => s.AcceptAsync(id, nameof(ServiceKind.Direct), null, "上门服务", "站点"),
            s => s.CompleteAsync(id, "站点"));
        return (id, token);
    }
}

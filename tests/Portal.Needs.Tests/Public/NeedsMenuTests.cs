using Portal.Testing;

namespace Portal.Needs.Tests.Public;

[Collection(SharedSite.Name)]
public sealed class NeedsMenuTests(PortalFactory site)
{
    [Fact]
    public async Task TheMenu_ListsNeedsByUnitCategoryAndStatus_WithoutNameOrPhone()
    {
        var (stationA, stationB) = await site.CreateStationsAsync();
        var phone = NeedsTestData.NewMobile();
        var (mine, _) = await site.OrderAsync(stationA.Code, phone);
        var (other, _) = await site.OrderAsync(stationB.Code);
        await site.StepAsync(s => s.ReviewAsync(mine, true, null, "中心"));
        var mineTitle = (await site.NeedAsync(mine)).Title;
        var otherTitle = (await site.NeedAsync(other)).Title;
        using var anyone = site.CreatePortalClient();

        var response = await anyone.GetAsync($"/needs?unit={stationA.Code}&category=助老助残");
        var html = await response.Content.ReadAsStringAsync();
        var page = await PortalClient.ParseAsync(response);

        var titles = page.QuerySelectorAll(".need-row .need-title").Select(t => t.TextContent).ToList();
        Assert.Equal([mineTitle], titles);
        Assert.Equal("待派单", page.QuerySelector(".need-row .need-status")!.TextContent);
        foreach (var secret in new[] { "李桂英", "李*英", phone, phone[..3] + "****" + phone[^4..] })
            Assert.DoesNotContain(secret, html);

        var byStatus = await anyone.GetPageAsync($"/needs?unit={stationB.Code}&status=Approved");
        Assert.Empty(byStatus.QuerySelectorAll(".need-row"));
        var submitted = await anyone.GetPageAsync($"/needs?unit={stationB.Code}&status=Submitted");
        Assert.Equal([otherTitle], submitted.QuerySelectorAll(".need-row .need-title").Select(t => t.TextContent));
        var noCategory = await anyone.GetPageAsync($"/needs?unit={stationA.Code}&category=卫生健康");
        Assert.Empty(noCategory.QuerySelectorAll(".need-row"));
    }

    [Fact]
    public async Task NonsenseFilters_GiveAPage_NotAnError()
    {
        using var anyone = site.CreatePortalClient();
        foreach (var url in new[] { "/needs?status=7", "/needs?page=-4", "/needs?unit=%00&category=" + new string('x', 500), "/needs?page=99999" })
            Assert.Equal(System.Net.HttpStatusCode.OK, (await anyone.GetAsync(url)).StatusCode);
    }
}

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Resources.Services;
using Portal.Testing;

namespace Portal.Resources.Tests.Public;

[Collection(SharedSite.Name)]
public sealed class PublicVenuesTests(PortalFactory site)
{
    [Fact]
    public async Task ThePublicSeesPublicVenues_ByTownAndPlatform_WithHoursAndWhatIsNext_AndNothingElse()
    {
        var (institute, station, _) = await site.CreateUnitsAsync();
        var hall = await site.CreateResourceAsync(ResourcesTestData.Input(station.Id, ResourcesTestData.Unique("文化礼堂"), i =>
            i.Hours = ["08:30-11:30,14:00-17:00", "08:30-11:30,14:00-17:00", "08:30-11:30,14:00-17:00", "08:30-11:30,14:00-17:00", "08:30-11:30,14:00-17:00", "09:00-16:00", ""]));
        var hidden = await site.CreateResourceAsync(ResourcesTestData.Input(station.Id, ResourcesTestData.Unique("内部会议室"), i => i.IsPublic = false));
        var equipment = await site.CreateResourceAsync(ResourcesTestData.Input(station.Id, ResourcesTestData.Unique("音响"), i => i.Kind = "设备"));
        var retired = await site.CreateResourceAsync(ResourcesTestData.Input(station.Id, ResourcesTestData.Unique("旧礼堂"), i => i.Status = "Retired"));
        var day = DateTime.UtcNow.AddHours(8).Date.AddDays(5).DayOfWeek;
        var (from, to) = day == DayOfWeek.Sunday ? (ResourcesTestData.Time(6, 9), ResourcesTestData.Time(6, 11)) : (ResourcesTestData.Time(5, 9), ResourcesTestData.Time(5, 11));
        await site.WithScopeAsync(async sp => Assert.True((await sp.GetRequiredService<BookingService>().BookAsync(
            new BookingInput { ResourceId = hall.ToString(), Starts = from, Ends = to, Purpose = "内部排练" }, "测试", _ => Task.FromResult(true))).Succeeded));
        using var anyone = site.CreatePortalClient();

        var list = await anyone.GetPageAsync($"/resources?town={institute.Code}&platform=Culture");

        var ids = list.QuerySelectorAll("li.venue-card").Select(c => c.GetAttribute("data-resource")).ToList();
        Assert.Equal([hall.ToString()], ids);
        var card = list.QuerySelector($"li[data-resource='{hall}']")!;
        Assert.Contains("周一至周五 08:30-11:30、14:00-17:00；周六 09:00-16:00", card.QuerySelector(".venue-hours")!.TextContent);
        Assert.Contains("已预约", card.QuerySelector(".venue-next")!.TextContent);
        Assert.DoesNotContain("内部排练", card.TextContent);
        Assert.Empty((await anyone.GetPageAsync("/resources?platform=Theory&town=" + institute.Code)).QuerySelectorAll("li.venue-card"));
        Assert.Contains(list.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/resources");

        var venue = await anyone.GetPageAsync($"/resources/{hall}");
        Assert.Equal("不开放", venue.QuerySelectorAll("table.venue-week td").Last().TextContent);
        foreach (var id in new[] { hidden, equipment, retired })
            Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/resources/{id}")).StatusCode);
    }

    [Fact]
    public async Task AKindThatBecomesAVenue_BringsItsPublicResourcesOntoTheVenuesPageAndIntoSearch()
    {
        var (_, station, _) = await site.CreateUnitsAsync();
        var kind = "流动" + Guid.NewGuid().ToString("N")[..4];
        var word = "舜过山" + Guid.NewGuid().ToString("N")[..4];
        using var admin = await site.CreateAdminClientAsync();
        var settings = await admin.GetPageAsync("/admin/resources/settings");
        var others = settings.QuerySelector("#OtherKinds")!.TextContent;
        var venues = settings.QuerySelector("#VenueKinds")!.TextContent;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync("/admin/resources/settings", "form.resource-settings",
            new Dictionary<string, string> { ["OtherKinds"] = others + "\n" + kind })).StatusCode);
        var id = await site.CreateResourceAsync(ResourcesTestData.Input(station.Id, word + "书车", i => i.Kind = kind));
        using var anyone = site.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/resources/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync("/admin/resources/settings", "form.resource-settings",
            new Dictionary<string, string> { ["OtherKinds"] = others, ["VenueKinds"] = venues + "\n" + kind })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await anyone.GetAsync($"/resources/{id}")).StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await ResourcesTestData.SearchAsync(anyone, word)).Contains($"/resources/{id}"))
        {
            Assert.True(DateTime.UtcNow < deadline, "the venue was not found by search within 30 s.");
            await Task.Delay(200);
        }
    }
}

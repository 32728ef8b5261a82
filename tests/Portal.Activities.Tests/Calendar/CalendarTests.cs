using System.Net;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Activities.Models;
using Portal.Activities.Services;

namespace Portal.Activities.Tests.Calendar;

[Collection(SharedSite.Name)]
public sealed class CalendarTests(ActivitiesSite site)
{
    private static Ical.Net.Calendar Parse(string ics) => Ical.Net.Calendar.Load(ics)!;

    [Fact]
    public async Task TheMonthView_PutsEachActivityOnItsDay_AndFiltersByUnitCategoryAndPlatform()
    {
        var (institute, station, other) = await site.CreateUnitsAsync();
        var mine = await site.CreateActivityAsync(station.Id, 3, change: i => { i.Starts = ActivitiesTestData.Time(40, 9); i.Ends = ActivitiesTestData.Time(40, 11); i.Platform = "Theory"; i.Category = "理论宣讲"; });
        var theirs = await site.CreateActivityAsync(other.Id, 3, change: i => { i.Starts = ActivitiesTestData.Time(40, 14); i.Ends = ActivitiesTestData.Time(40, 16); });
        var draft = await site.CreateActivityAsync(station.Id, 3, recruiting: false, change: i => { i.Starts = ActivitiesTestData.Time(40, 9); i.Ends = ActivitiesTestData.Time(40, 10); });
        var day = ActivitiesTestData.Time(40, 9)[..10];
        using var client = site.CreatePortalClient();

        var page = await client.GetPageAsync($"/activities/calendar?month={day[..7]}&unit={institute.Code}");

        var cell = page.QuerySelector($"td[data-date='{day}']")!;
        Assert.Contains(cell.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/activities/{mine}" && a.TextContent.Contains("09:00"));
        Assert.Contains(cell.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/activities/{theirs}");
        Assert.DoesNotContain(cell.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/activities/{draft}");
        Assert.Equal(7, page.QuerySelectorAll("table.activity-calendar thead th").Length);
        Assert.Equal("周一", page.QuerySelector("table.activity-calendar thead th")!.TextContent);

        var byStation = await client.GetPageAsync($"/activities/calendar?month={day[..7]}&unit={station.Code}&platform=Theory&category=理论宣讲");
        var links = byStation.QuerySelectorAll($"td[data-date='{day}'] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/activities/{mine}"], links);
        Assert.Equal($"/activities/feed/{station.Code}.ics", byStation.QuerySelector("a.activity-feed")!.GetAttribute("href"));
        Assert.Empty((await client.GetPageAsync($"/activities/calendar?month={day[..7]}&unit={station.Code}&platform=Health")).QuerySelectorAll($"td[data-date='{day}'] a"));
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("去年")]
    [InlineData("1900-01")]
    public async Task ABadMonth_ShowsThisMonth(string month)
    {
        var page = await site.CreatePortalClient().GetPageAsync("/activities/calendar?month=" + Uri.EscapeDataString(month));

        var today = DateTime.UtcNow.AddHours(8);
        Assert.Contains($"{today.Year}年{today.Month}月", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector($"td.today[data-date='{today:yyyy-MM-dd}']"));
    }

    [Fact]
    public async Task AnActivitysIcsFile_HoldsOneEventInUtc_WithItsPlaceAndAddress()
    {
        var unit = (await site.CreateUnitsAsync()).StationA;
        var id = await site.CreateActivityAsync(unit.Id, 3, change: i => { i.Title = "端午包粽子，送给独居老人"; i.Place = "社区食堂；二楼"; });
        using var client = site.CreatePortalClient();

        var response = await client.GetAsync($"/activities/{id}.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var calendar = Parse(await response.Content.ReadAsStringAsync());
        var e = Assert.Single(calendar.Events);
        Assert.Equal("端午包粽子，送给独居老人", e.Summary);
        Assert.Equal("社区食堂；二楼", e.Location);
        var starts = await site.ReadAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Activities.Where(a => a.Id == id).Select(a => a.StartsUtc)));
        Assert.Equal(starts, e.DtStart!.AsUtc);
        Assert.EndsWith($"/activities/{id}", e.Url!.ToString());
        Assert.Equal($"activity-{id}@localhost", e.Uid);
        Assert.NotNull((await client.GetPageAsync($"/activities/{id}")).QuerySelector($"a[href='/activities/{id}.ics']"));
        var draft = await site.CreateActivityAsync(unit.Id, 3, recruiting: false);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/activities/{draft}.ics")).StatusCode);
    }

    [Fact]
    public async Task AUnitsFeed_HoldsItsActivitiesAndThoseBelow_CancelledOnesMarked()
    {
        var (institute, station, other) = await site.CreateUnitsAsync();
        var below = await site.CreateActivityAsync(station.Id, 3);
        var cancelled = await site.CreateActivityAsync(institute.Id, 3);
        var sibling = await site.CreateActivityAsync(other.Id, 3);
        await site.WithScopeAsync(sp => sp.GetRequiredService<ActivityService>().ChangeStatusAsync(cancelled, ActivityStatus.Cancelled));
        using var client = site.CreatePortalClient();

        var institutes = Parse(await client.Http.GetStringAsync($"/activities/feed/{institute.Code}.ics"));
        var stations = Parse(await client.Http.GetStringAsync($"/activities/feed/{station.Code}.ics"));

        Assert.Equal(new[] { $"activity-{below}@localhost", $"activity-{cancelled}@localhost", $"activity-{sibling}@localhost" }.Order(StringComparer.Ordinal),
            institutes.Events.Select(e => e.Uid).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(EventStatus.Cancelled, institutes.Events.Single(e => e.Uid == $"activity-{cancelled}@localhost").Status);
        Assert.Equal([$"activity-{below}@localhost"], stations.Events.Select(e => e.Uid));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/activities/feed/NO-SUCH-UNIT.ics")).StatusCode);
    }
}

using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Portal.Resources.Services;
using Portal.Testing;

namespace Portal.Resources.Tests.Reports;

[DatabaseSensitive("aggregates over dates and hours, translated by each provider")]
[Collection(SharedSite.Name)]
public sealed class ReportsTests(PortalFactory site)
{
    [Fact]
    public async Task Utilization_IsBookedHoursOverOpenHours_PerResourceAndPerUnit_ForThePeriodChosen()
    {
        var (_, station, _) = await site.CreateUnitsAsync();
        using var staff = await site.CreateStaffClientAsync(station.Id);
        // Open 10 hours every day; over a 10-day period, 100 open hours.
        var busy = await site.CreateResourceAsync(ResourcesTestData.Input(station.Id, ResourcesTestData.Unique("礼堂"), i => i.Hours = Enumerable.Repeat("08:00-18:00", 7).ToList()));
        var idle = await site.CreateResourceAsync(ResourcesTestData.Input(station.Id, ResourcesTestData.Unique("书屋"), i => i.Hours = Enumerable.Repeat("08:00-18:00", 7).ToList()));
        await site.WithScopeAsync(async sp =>
        {
            var bookings = sp.GetRequiredService<BookingService>();
            foreach (var (day, from, to) in new[] { (2, 8, 13), (3, 9, 14), (11, 9, 11) })
            {
                var result = await bookings.BookAsync(new BookingInput
                {
                    ResourceId = busy.ToString(CultureInfo.InvariantCulture), Starts = ResourcesTestData.Time(day, from), Ends = ResourcesTestData.Time(day, to), Purpose = "排练",
                }, "测试", _ => Task.FromResult(true));
                Assert.True(result.Succeeded, result.Error);
            }
        });
        var (first, last) = (ResourcesTestData.Day(1), ResourcesTestData.Day(10));

        var page = await staff.GetPageAsync($"/admin/resources/reports?from={first}&to={last}");

        Assert.Equal("10.0%", page.QuerySelector($"table.utilization-resources tr[data-resource='{busy}'] .rate")!.TextContent);
        Assert.Equal("0.0%", page.QuerySelector($"table.utilization-resources tr[data-resource='{idle}'] .rate")!.TextContent);
        Assert.Equal("5.0%", page.QuerySelector($"table.utilization-units tr[data-unit='{station.Code}'] .rate")!.TextContent);
        var csv = Encoding.UTF8.GetString(await (await staff.GetAsync($"/admin/resources/reports/export?report=utilization&format=csv&from={first}&to={last}")).Content.ReadAsByteArrayAsync());
        Assert.Contains("已预约小时,开放小时,利用率", csv);
        Assert.Contains(",10,100,10.0%", csv);
    }

    [Fact]
    public async Task AgreementsEndingWithinSixtyDays_AreListed_AndTheCountsExport()
    {
        var (_, station, _) = await site.CreateUnitsAsync();
        using var staff = await site.CreateStaffClientAsync(station.Id);
        var soon = await site.CreateResourceAsync(ResourcesTestData.Input(station.Id, ResourcesTestData.Unique("快到期"), i => ResourcesTestData.Borrowed(i, endsInDays: 20)));
        var later = await site.CreateResourceAsync(ResourcesTestData.Input(station.Id, ResourcesTestData.Unique("还早"), i => ResourcesTestData.Borrowed(i, endsInDays: 90)));

        var page = await staff.GetPageAsync("/admin/resources/reports");

        Assert.Equal("20", page.QuerySelector($"table.expiring tr[data-resource='{soon}'] td:last-child")!.TextContent);
        Assert.Null(page.QuerySelector($"table.expiring tr[data-resource='{later}']"));
        var xlsx = await (await staff.GetAsync("/admin/resources/reports/export?report=counts&format=xlsx")).Content.ReadAsByteArrayAsync();
        var rows = new MemoryStream(xlsx).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var mine = Assert.Single(rows, r => (string)r["单位代码"] == station.Code);
        Assert.Equal(("2", "0", "2"), (mine["文化服务平台·可用"].ToString(), mine["自有合计"].ToString(), mine["资源总数"].ToString()));
        var expiring = Encoding.UTF8.GetString(await (await staff.GetAsync("/admin/resources/reports/export?report=expiring&format=csv")).Content.ReadAsByteArrayAsync());
        Assert.Contains(ResourcesTestData.Day(20), expiring);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await staff.GetAsync("/admin/resources/reports/export?report=nothing")).StatusCode);
    }
}

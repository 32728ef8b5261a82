using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Resources.Import;
using Portal.Resources.Models;
using Portal.Testing;

namespace Portal.Resources.Tests.Journeys;

[Collection(SharedSite.Name)]
public sealed class StaffImportBookAndPublicFindTests(PortalFactory site)
{
    [Fact]
    public async Task StaffImportTheInventory_SeeTheCounts_BookABorrowedVenueForAnActivityWithTheOwnersApproval_AndThePublicFindsIt()
    {
        var (_, station, _) = await site.CreateUnitsAsync();
        using var staff = await site.CreateStaffClientAsync(station.Id);
        var word = "鹅鼻嘴" + Guid.NewGuid().ToString("N")[..4];
        var gym = word + "中学体育馆";
        var borrowed = ResourcesTestData.Row(station.Code, gym, "学校", "健身体育", "可用");
        borrowed[ResourceSheet.Owner] = "江阴市鹅鼻嘴中学";
        borrowed[ResourceSheet.ContactName] = "周建国";
        borrowed[ResourceSheet.ContactPhone] = ResourcesTestData.NewMobile();
        borrowed[ResourceSheet.Terms] = "周末开放，提前三天预约，免费使用。";
        borrowed[ResourceSheet.AgreementStarts] = ResourcesTestData.Day(-10);
        borrowed[ResourceSheet.AgreementEnds] = ResourcesTestData.Day(200);
        var file = ResourcesTestData.Xlsx(
        [
            ResourcesTestData.Row(station.Code, ResourcesTestData.Unique("文化礼堂")),
            borrowed,
            ResourcesTestData.Row(station.Code, ResourcesTestData.Unique("音响"), "设备", "文化服务"),
        ]);

        // 1. The station's inventory comes in from a spreadsheet.
        var (status, report) = await staff.ImportAsync("站点资源清单.xlsx", file);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("3", "0"), (report.QuerySelector(".import-report .created")!.TextContent, report.QuerySelector(".import-report .failed")!.TextContent));
        var gymId = await site.ReadAsync(db => db.Resources.Where(r => r.Name == gym).Select(r => r.Id).SingleAsync());

        // 2. The counts by platform and ownership, and the count that opens the list of what it counts.
        var reports = await staff.GetPageAsync("/admin/resources/reports");
        var row = reports.QuerySelector($"table.resource-counts tr[data-unit='{station.Code}']")!;
        Assert.Equal("1", row.QuerySelector("td[data-platform='Health'][data-ownership='Available']")!.TextContent.Trim());
        Assert.Equal("2", row.QuerySelector("td[data-platform='Culture'][data-ownership='Owned']")!.TextContent.Trim());
        Assert.Equal(("2", "1", "3"), (row.QuerySelector(".owned")!.TextContent.Trim(), row.QuerySelector(".available")!.TextContent.Trim(),
            row.QuerySelector(".total")!.TextContent.Trim()));
        var drill = await staff.GetPageAsync(row.QuerySelector("td[data-platform='Health'][data-ownership='Available'] a")!.GetAttribute("href")!);
        Assert.Equal([gymId.ToString()], drill.QuerySelectorAll("tr[data-resource]").Select(r => r.GetAttribute("data-resource")!).ToList());

        // 3. An activity of the station, and the borrowed gym booked for it: the owner has to agree first.
        var created = await staff.SubmitFormAsync("/admin/activities/create", "form.activity-form", new Dictionary<string, string>
        {
            ["Title"] = word + "全民健身日", ["UnitId"] = station.Id.ToString(), ["Category"] = "健身体育", ["Platform"] = "Health",
            ["Place"] = gym, ["Starts"] = ResourcesTestData.Time(7, 9), ["Ends"] = ResourcesTestData.Time(7, 11), ["Places"] = "10",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var activityId = created.RedirectTarget().Split('/')[3];
        var booked = await staff.SubmitFormAsync("/admin/resources/bookings", "form.booking-form", new Dictionary<string, string>
        {
            ["ResourceId"] = gymId.ToString(), ["Starts"] = ResourcesTestData.Time(7, 9), ["Ends"] = ResourcesTestData.Time(7, 11), ["ActivityId"] = activityId,
        });
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        var booking = await site.ReadAsync(db => db.Bookings.AsNoTracking().SingleAsync(b => b.ResourceId == gymId));
        Assert.Equal((BookingStatus.Pending, int.Parse(activityId), word + "全民健身日"), (booking.Status, booking.ActivityId!.Value, booking.Purpose));
        Assert.Null((await staff.GetPageAsync("/admin/resources/bookings")).QuerySelector($"tr[data-booking='{booking.Id}'] form.decide-form"));

        using var center = await site.CreateAdminClientAsync();
        var approved = await center.SubmitFormAsync("/admin/resources/bookings", $"tr[data-booking='{booking.Id}'] form.decide-form",
            new Dictionary<string, string> { ["note"] = "周校长电话同意", ["approve"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(BookingStatus.Approved, (await site.ReadAsync(db => db.Bookings.AsNoTracking().SingleAsync(b => b.Id == booking.Id))).Status);

        // 4. The public finds the venue through site search, and its page shows the slot taken.
        using var anyone = site.CreateClient();
        var url = $"/resources/{gymId}";
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await ResourcesTestData.SearchAsync(anyone, word)).Contains(url))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{url} not found by search within 30 s.");
            await Task.Delay(200);
        }
        using var visitor = site.CreatePortalClient();
        var venue = await visitor.GetPageAsync(url);
        Assert.Contains("已预约", venue.QuerySelector(".venue-next")!.TextContent);
        Assert.DoesNotContain("周建国", venue.Body!.TextContent);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Resources.Models;
using Portal.Resources.Services;
using Portal.Testing;

namespace Portal.Resources.Tests.Bookings;

[DatabaseSensitive("bookings in parallel under the resource's lock")]
[Collection(SharedSite.Name)]
public sealed class BookingTests(PortalFactory site)
{
    private async Task<int> ResourceAsync(Action<ResourceInput>? change = null)
    {
        var unit = await site.WithScopeAsync(async sp => (await sp.GetRequiredService<Portal.Organization.Contracts.IUnitDirectory>().FindByCodeAsync("JY-CJ-NJ"))!.Id);
        return await site.CreateResourceAsync(ResourcesTestData.Input(unit, ResourcesTestData.Unique("预约测试"), change));
    }

    private Task<BookingResult> BookAsync(int resourceId, string starts, string ends, string? purpose = "读书会")
        => site.WithScopeAsync(sp => sp.GetRequiredService<BookingService>().BookAsync(
            new BookingInput { ResourceId = resourceId.ToString(), Starts = starts, Ends = ends, Purpose = purpose }, "测试", _ => Task.FromResult(true)));

    private Task<List<Booking>> BookingsAsync(int resourceId)
        => site.ReadAsync(db => db.Bookings.AsNoTracking().Where(b => b.ResourceId == resourceId).ToListAsync());

    [Fact]
    public async Task ABookingThatEndsBeforeItStarts_IsRefused_AndNothingIsSaved()
    {
        var id = await ResourceAsync();

        var result = await BookAsync(id, ResourcesTestData.Time(3, 11), ResourcesTestData.Time(3, 9));

        Assert.Equal("结束时间应晚于开始时间。", result.Error);
        Assert.Empty(await BookingsAsync(id));
    }

    [Fact]
    public async Task AnOwnedResource_IsBookedAtOnce_AndAnOverlappingSlotIsRefused_ButTheNextSlotIsFree()
    {
        var id = await ResourceAsync();

        var first = await BookAsync(id, ResourcesTestData.Time(4, 9), ResourcesTestData.Time(4, 11));
        var overlap = await BookAsync(id, ResourcesTestData.Time(4, 10), ResourcesTestData.Time(4, 12));
        var next = await BookAsync(id, ResourcesTestData.Time(4, 11), ResourcesTestData.Time(4, 12));

        Assert.Equal(BookingStatus.Approved, first.Booking!.Status);
        Assert.Contains("该时段已被预约", overlap.Error);
        Assert.True(next.Succeeded, next.Error);
        Assert.Equal(2, (await BookingsAsync(id)).Count);
    }

    [Fact]
    public async Task ManyBookingsOfTheSameSlotAtOnce_GiveExactlyOne()
    {
        var id = await ResourceAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            Task.Run(() => BookAsync(id, ResourcesTestData.Time(5, 14, i % 3 * 10), ResourcesTestData.Time(5, 16), $"请求{i}"))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Contains("该时段已被预约", r.Error));
        Assert.Single(await BookingsAsync(id));
    }

    [Fact]
    public async Task ABorrowedResource_WaitsForTheOwnersApproval_ThenHoldsItsSlot_AndARefusalFreesIt()
    {
        var id = await ResourceAsync(i => ResourcesTestData.Borrowed(i));
        var booked = await BookAsync(id, ResourcesTestData.Time(6, 9), ResourcesTestData.Time(6, 11));
        Assert.Equal(BookingStatus.Pending, booked.Booking!.Status);
        Assert.Contains("该时段已被预约", (await BookAsync(id, ResourcesTestData.Time(6, 10), ResourcesTestData.Time(6, 11))).Error);

        Assert.Equal("请写明权属方如何同意（如：电话确认，联系人姓名）。",
            await site.WithScopeAsync(sp => sp.GetRequiredService<BookingService>().DecideAsync(booked.Booking.Id, true, " ", "中心")));
        Assert.Null(await site.WithScopeAsync(sp => sp.GetRequiredService<BookingService>().DecideAsync(booked.Booking.Id, true, "校方电话同意", "中心")));
        Assert.Equal(BookingStatus.Approved, (await BookingsAsync(id)).Single().Status);
        Assert.Contains("不能再记录", await site.WithScopeAsync(sp => sp.GetRequiredService<BookingService>().DecideAsync(booked.Booking.Id, false, "反悔", "中心")));

        var second = await BookAsync(id, ResourcesTestData.Time(8, 9), ResourcesTestData.Time(8, 11));
        Assert.Null(await site.WithScopeAsync(sp => sp.GetRequiredService<BookingService>().DecideAsync(second.Booking!.Id, false, "校方当天有考试", "中心")));
        Assert.True((await BookAsync(id, ResourcesTestData.Time(8, 9), ResourcesTestData.Time(8, 11))).Succeeded);
    }

    [Fact]
    public async Task AnExpiredAgreement_OutsideOpeningHours_UnderRepair_AndRetired_RefuseWithTheirReasons()
    {
        var expired = await ResourceAsync(i => ResourcesTestData.Borrowed(i, startsInDays: -400, endsInDays: -1));
        var weekdaysOnly = await ResourceAsync(i => i.Hours = ["09:00-12:00", "09:00-12:00", "09:00-12:00", "09:00-12:00", "09:00-12:00", "", ""]);
        var repair = await ResourceAsync(i => i.Status = nameof(ResourceStatus.UnderRepair));
        var retired = await ResourceAsync(i => i.Status = nameof(ResourceStatus.Retired));
        var (from, to) = (ResourcesTestData.Time(9, 9), ResourcesTestData.Time(9, 11));
        var day = DateTime.UtcNow.AddHours(8).Date.AddDays(9).DayOfWeek;
        var (openFrom, openTo) = day is DayOfWeek.Saturday or DayOfWeek.Sunday ? (from, to) : (ResourcesTestData.Time(9, 13), ResourcesTestData.Time(9, 15));

        Assert.Contains($"使用协议已于 {ResourcesTestData.Day(-1)} 到期，不能预约", (await BookAsync(expired, from, to)).Error);
        Assert.Contains("不在开放时间内。开放时间：周一至周五 09:00-12:00", (await BookAsync(weekdaysOnly, openFrom, openTo)).Error);
        Assert.Contains("维修中，暂不能预约", (await BookAsync(repair, from, to)).Error);
        Assert.Contains("已停用，不能预约", (await BookAsync(retired, from, to)).Error);
        foreach (var id in new[] { expired, weekdaysOnly, repair, retired })
            Assert.Empty(await BookingsAsync(id));
    }

    [Fact]
    public async Task TheBookingPage_ShowsARefusalAsAMessage_NotAnError()
    {
        var id = await ResourceAsync();
        using var admin = await site.CreateAdminClientAsync();

        var response = await admin.SubmitFormAsync("/admin/resources/bookings", "form.booking-form", new Dictionary<string, string>
        {
            ["ResourceId"] = id.ToString(), ["Starts"] = ResourcesTestData.Time(3, 11), ["Ends"] = ResourcesTestData.Time(3, 10), ["Purpose"] = "排练",
        });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("结束时间应晚于开始时间。", (await PortalClient.ParseAsync(response)).QuerySelector(".booking-error")!.TextContent.Trim());
        Assert.Empty(await BookingsAsync(id));
    }
}

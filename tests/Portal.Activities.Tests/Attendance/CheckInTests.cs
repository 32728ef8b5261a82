using System.Net;
using Portal.Activities.Attendance;
using Portal.Activities.Models;
using Portal.Activities.Services;
using Portal.Testing;

namespace Portal.Activities.Tests.Attendance;

/// <summary>The check-in QR code: who may use it, when, and that a refused scan changes nothing.</summary>
[Collection(SharedSite.Name)]
public sealed class CheckInTests(ActivitiesSite site)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    /// <summary>A recruiting activity of a new station with a confirmed volunteer, moved to run from <paramref name="starts"/> to <paramref name="ends"/>.</summary>
    private async Task<(int Activity, int Unit, Volunteers.Contracts.VolunteerInfo Volunteer, PortalClient Client)> ConfirmedAsync(TimeSpan starts, TimeSpan ends)
    {
        var (_, station, _) = await site.CreateUnitsAsync();
        var activity = await site.CreateActivityAsync(station.Id, places: 1);
        var (volunteer, client) = await site.CreateVolunteerClientAsync(station.Id);
        Assert.Equal(SignUpStatus.Confirmed, (await site.SignUpAsync(volunteer.UserId, activity)).SignUp!.Status);
        await site.MoveAsync(activity, starts, ends);
        return (activity, station.Id, volunteer, client);
    }

    [Fact]
    public async Task AConfirmedVolunteer_ScansInTheWindow_ChecksInAndThenOut()
    {
        var (activity, _, volunteer, client) = await ConfirmedAsync(-Hour, Hour);
        var page = AttendanceTestData.PagePath(activity, await site.CodeAsync(activity));

        var checkedIn = await client.SubmitFormAsync(page, "form.checkin-form");
        Assert.Equal(HttpStatusCode.SeeOther, checkedIn.StatusCode);
        var after = await client.FollowAsync(checkedIn);
        Assert.Contains("签到成功", after.QuerySelector(".form-success")!.TextContent);
        Assert.Equal("签退", after.QuerySelector("form.checkin-form button")!.TextContent);
        Assert.NotNull((await site.SignUpRowAsync(activity, volunteer.Id)).CheckedInUtc);

        var checkedOut = await client.SubmitFormAsync(page, "form.checkin-form");
        Assert.Equal(HttpStatusCode.SeeOther, checkedOut.StatusCode);
        Assert.Null((await client.FollowAsync(checkedOut)).QuerySelector("form.checkin-form"));
        var row = await site.SignUpRowAsync(activity, volunteer.Id);
        // Seconds between the two scans are under a tenth of an hour: attendance is kept, no hours are posted.
        Assert.NotNull(row.CheckedOutUtc);
        Assert.Equal(0m, row.Hours);
        Assert.Null(row.HoursPostedUtc);
    }

    [Fact]
    public async Task AScanBeforeTheWindow_SaysWhenItOpens_AndChangesNothing()
    {
        var (activity, _, volunteer, _) = await ConfirmedAsync(2 * Hour, 4 * Hour);

        var result = await site.ScanAsync(volunteer.UserId, activity, await site.CodeAsync(activity));

        Assert.StartsWith("还未到签到时间", result.Error);
        Assert.Null((await site.SignUpRowAsync(activity, volunteer.Id)).CheckedInUtc);
    }

    [Fact]
    public async Task AScanAfterTheWindow_IsRefused_AndChangesNothing()
    {
        var (activity, _, volunteer, _) = await ConfirmedAsync(-4 * Hour, -Hour);

        var result = await site.ScanAsync(volunteer.UserId, activity, await site.CodeAsync(activity));

        Assert.StartsWith("签到时间已过", result.Error);
        Assert.Null((await site.SignUpRowAsync(activity, volunteer.Id)).CheckedInUtc);
    }

    [Fact]
    public async Task AScanByAVolunteerWhoDidNotSignUp_IsRefused()
    {
        var (activity, unit, _, _) = await ConfirmedAsync(-Hour, Hour);
        var stranger = site.Volunteers.Add("u-" + Guid.NewGuid().ToString("N"), unit);

        var result = await site.ScanAsync(stranger.UserId, activity, await site.CodeAsync(activity));

        Assert.Equal("您没有报名这个活动，不能签到。", result.Error);
    }

    [Fact]
    public async Task AScanByAWaitlistedVolunteer_IsRefused_AndChangesNothing()
    {
        var (_, station, _) = await site.CreateUnitsAsync();
        var activity = await site.CreateActivityAsync(station.Id, places: 1);
        var first = site.Volunteers.Add("u-" + Guid.NewGuid().ToString("N"), station.Id);
        var second = site.Volunteers.Add("u-" + Guid.NewGuid().ToString("N"), station.Id);
        await site.SignUpAsync(first.UserId, activity);
        Assert.Equal(SignUpStatus.Waitlisted, (await site.SignUpAsync(second.UserId, activity)).SignUp!.Status);
        await site.MoveAsync(activity, -Hour, Hour);

        var result = await site.ScanAsync(second.UserId, activity, await site.CodeAsync(activity));

        Assert.Equal("您在候补名单中，尚未递补为报名成功，不能签到。", result.Error);
        Assert.Null((await site.SignUpRowAsync(activity, second.Id)).CheckedInUtc);
    }

    [Fact]
    public async Task AnotherActivitysCode_OrAForgedOne_IsRefused()
    {
        var (activity, unit, volunteer, client) = await ConfirmedAsync(-Hour, Hour);
        var other = await site.CreateActivityAsync(unit, places: 1);
        var otherCode = await site.CodeAsync(other);

        foreach (var token in new[] { otherCode, otherCode[..^2] + "AA", activity.ToString(), "", null })
            Assert.Equal(AttendanceService.BadCode, (await site.ScanAsync(volunteer.UserId, activity, token)).Error);
        var page = await client.GetAsync(AttendanceTestData.PagePath(activity, otherCode));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var document = await PortalClient.ParseAsync(page);
        Assert.Contains(AttendanceService.BadCode, document.QuerySelector(".form-error")!.TextContent);
        Assert.Null(document.QuerySelector("form.checkin-form"));
        Assert.Null((await site.SignUpRowAsync(activity, volunteer.Id)).CheckedInUtc);
    }

    [Fact]
    public async Task TheCheckInPage_AsksAVisitorToSignIn()
    {
        var (activity, _, _, _) = await ConfirmedAsync(-Hour, Hour);
        using var visitor = site.CreatePortalClient();

        var response = await visitor.GetAsync(AttendanceTestData.PagePath(activity, await site.CodeAsync(activity)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Staff_ShowTheCode_ThatOpensTheCheckInPage()
    {
        var (activity, unit, _, client) = await ConfirmedAsync(-Hour, Hour);
        using var staff = await site.CreateStaffClientAsync(unit);

        var codePage = await staff.GetPageAsync($"/admin/activities/{activity}/checkin-code");

        Assert.NotNull(codePage.QuerySelector(".checkin-code svg"));
        var address = new Uri(codePage.QuerySelector(".checkin-code")!.GetAttribute("data-address")!);
        Assert.Equal($"/activities/{activity}/checkin", address.AbsolutePath);
        Assert.Equal("签到", (await client.GetPageAsync(address.PathAndQuery)).QuerySelector("form.checkin-form button")!.TextContent);
    }

    [Fact]
    public async Task Staff_MarkNoShows_OnlyOnceTheActivityHasStarted()
    {
        var (activity, unit, volunteer, _) = await ConfirmedAsync(Hour, 3 * Hour);
        using var staff = await site.CreateStaffClientAsync(unit);
        var signUps = $"/admin/activities/{activity}/signups";
        var attendance = $"{signUps}/{volunteer.Id}/attendance";

        await staff.PostWithTokenAsync(signUps, attendance, ("step", "noshow"));
        Assert.Contains("活动还没有开始", (await staff.GetPageAsync(signUps)).QuerySelector(".alert-error")!.TextContent);
        Assert.False((await site.SignUpRowAsync(activity, volunteer.Id)).NoShow);

        await site.MoveAsync(activity, -Hour, Hour);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostWithTokenAsync(signUps, attendance, ("step", "noshow"))).StatusCode);
        Assert.True((await site.SignUpRowAsync(activity, volunteer.Id)).NoShow);
        Assert.Contains("缺席", (await staff.GetPageAsync(signUps)).QuerySelector($"tr[data-volunteer='{volunteer.Id}'] .attendance")!.TextContent);
    }

    [Fact]
    public async Task Staff_SetHours_OnlyWithinTheActivitysLength()
    {
        var (activity, unit, volunteer, _) = await ConfirmedAsync(-Hour, Hour);
        using var staff = await site.CreateStaffClientAsync(unit);
        var signUps = $"/admin/activities/{activity}/signups";

        foreach (var hours in new[] { "2.5", "0", "-1", "abc", "1.234", "" })
        {
            await staff.SubmitFormAsync(signUps, $"tr[data-volunteer='{volunteer.Id}'] form.hours-form", new Dictionary<string, string> { ["hours"] = hours });
            Assert.Contains("不超过活动时长 2 小时", (await staff.GetPageAsync(signUps)).QuerySelector(".alert-error")!.TextContent);
        }
        var row = await site.SignUpRowAsync(activity, volunteer.Id);
        Assert.Null(row.Hours);
        Assert.Null(row.HoursPostedUtc);
    }

    [Fact]
    public async Task StaffOfAnotherStation_CannotRecordAttendance()
    {
        var (activity, _, volunteer, _) = await ConfirmedAsync(-Hour, Hour);
        var (_, _, otherStation) = await site.CreateUnitsAsync();
        using var staff = await site.CreateStaffClientAsync(otherStation.Id);

        var response = await staff.PostWithTokenAsync("/admin/activities", $"/admin/activities/{activity}/signups/{volunteer.Id}/attendance", ("step", "checkin"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await site.SignUpRowAsync(activity, volunteer.Id)).CheckedInUtc);
    }

    [Theory]
    [InlineData(90, 1.5)]
    [InlineData(95, 1.5)]
    [InlineData(300, 2)]
    [InlineData(3, 0)]
    public void Hours_AreTheMinutesAttended_ToATenthBelow_CappedByTheActivitysLength(int minutes, double expected)
    {
        var start = new DateTime(2026, 5, 1, 1, 0, 0, DateTimeKind.Utc);
        var activity = new Activity { StartsUtc = start, EndsUtc = start.AddHours(2) };

        Assert.Equal((decimal)expected, AttendanceService.HoursFor(activity, start, start.AddMinutes(minutes)));
    }
}

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Organization.Contracts;
using Portal.Testing;

namespace Portal.Activities.Tests.Attendance;

/// <summary>
/// Attendance becomes hours in the real Volunteers ledger (IServiceHoursLedger, in the same transaction),
/// and however often or at once it is submitted, it is posted once.
/// </summary>
[DatabaseSensitive("parallel check-outs post hours once, under the sign-up's lock")]
[Collection(SharedSite.WithVolunteers)]
public sealed class AttendanceHoursTests(PortalFactory site)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    /// <summary>An approved volunteer of the seeded 东门社区 confirmed for a new two-hour activity that began an hour ago.</summary>
    private async Task<(int Activity, string Title, Volunteers.Contracts.VolunteerInfo Volunteer, PortalClient Client)> RunningAsync()
    {
        var unit = (await site.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync("JY-CJ-DM")))!;
        var title = "东门社区义诊" + Guid.NewGuid().ToString("N")[..6];
        var activity = await site.WithScopeAsync(async sp =>
        {
            var activities = sp.GetRequiredService<Services.ActivityService>();
            var created = await activities.CreateAsync(new Services.ActivityInput
            {
                Title = title, UnitId = unit.Id.ToString(), Category = "便民服务", Platform = "Health", Place = "东门社区",
                Starts = ActivitiesTestData.Time(3, 9), Ends = ActivitiesTestData.Time(3, 11), Places = "5",
            });
            Assert.Null(await activities.ChangeStatusAsync(created.Activity!.Id, Models.ActivityStatus.Recruiting));
            return created.Activity.Id;
        });
        var (userName, volunteer) = await site.RegisterAsync(unit.Id);
        await site.ApproveAsync(volunteer.Id);
        Assert.Null((await site.SignUpAsync(volunteer.UserId, activity)).Error);
        await site.MoveAsync(activity, -Hour, Hour);
        return (activity, title, volunteer, await site.CreateClientAsAsync(userName, RegisteredVolunteers.Password));
    }

    private static async Task<(string Approved, int Rows)> LedgerAsync(PortalClient client, string title)
    {
        var mine = await client.GetPageAsync("/volunteers/me");
        return (mine.QuerySelector(".mine-approved")!.TextContent.Trim(),
            mine.QuerySelectorAll(".mine-hours tr").Count(r => r.TextContent.Contains(title)));
    }

    [Fact]
    public async Task ParallelCheckOuts_PostTheHoursToTheLedgerOnce()
    {
        var (activity, title, volunteer, client) = await RunningAsync();
        var page = AttendanceTestData.PagePath(activity, await site.CodeAsync(activity));
        Assert.Null((await site.ScanAsync(volunteer.UserId, activity, await site.CodeAsync(activity))).Error);
        await site.CheckedInAgoAsync(activity, volunteer.Id, TimeSpan.FromMinutes(90));
        // The same form, submitted many times at once (a double tap, a flaky network).
        var form = (await client.GetPageAsync(page)).QuerySelector("form.checkin-form") as AngleSharp.Html.Dom.IHtmlFormElement ?? throw new InvalidOperationException("no form");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.SubmitAsync(form)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.SeeOther);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.SeeOther), r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        var row = await site.SignUpRowAsync(activity, volunteer.Id);
        Assert.Equal(1.5m, row.Hours);
        Assert.NotNull(row.HoursPostedUtc);
        Assert.Equal(("1.5", 1), await LedgerAsync(client, title));
        Assert.Contains("1.5", (await client.GetPageAsync(page)).QuerySelector(".my-attendance")!.TextContent);
    }

    [Fact]
    public async Task ACheckOutLongAfterTheStart_IsCappedByTheActivitysLength()
    {
        var (activity, title, volunteer, client) = await RunningAsync();
        var code = await site.CodeAsync(activity);
        Assert.Null((await site.ScanAsync(volunteer.UserId, activity, code)).Error);
        await site.CheckedInAgoAsync(activity, volunteer.Id, 5 * Hour);

        Assert.Null((await site.ScanAsync(volunteer.UserId, activity, code)).Error);

        Assert.Equal(("2", 1), await LedgerAsync(client, title));
        Assert.StartsWith("您已签退", (await site.ScanAsync(volunteer.UserId, activity, code)).Error);
        Assert.Equal(("2", 1), await LedgerAsync(client, title));
    }

    [Fact]
    public async Task OnceHoursArePosted_StaffCannotCancelTheSignUp()
    {
        var (activity, title, volunteer, client) = await RunningAsync();
        var code = await site.CodeAsync(activity);
        Assert.Null((await site.ScanAsync(volunteer.UserId, activity, code)).Error);
        await site.CheckedInAgoAsync(activity, volunteer.Id, Hour);
        Assert.Null((await site.ScanAsync(volunteer.UserId, activity, code)).Error);

        var cancelled = await site.WithScopeAsync(sp => sp.GetRequiredService<Services.SignUpService>().CancelAsync(volunteer.Id, activity, byStaff: true));

        Assert.StartsWith("该志愿者的服务时长已记入时长记录", cancelled.Error);
        Assert.Equal(Models.SignUpStatus.Confirmed, (await site.SignUpRowAsync(activity, volunteer.Id)).Status);
        Assert.Equal(("1", 1), await LedgerAsync(client, title));
    }

    [Fact]
    public async Task StaffSettingHoursTwiceAtOnce_PostsThemOnce()
    {
        var (activity, title, volunteer, client) = await RunningAsync();
        using var admin = await site.CreateAdminClientAsync();
        var signUps = $"/admin/activities/{activity}/signups";
        var form = (await admin.GetPageAsync(signUps)).QuerySelector($"tr[data-volunteer='{volunteer.Id}'] form.hours-form") as AngleSharp.Html.Dom.IHtmlFormElement ?? throw new InvalidOperationException("no form");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => admin.SubmitAsync(form, new Dictionary<string, string> { ["hours"] = "1.75" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(("1.75", 1), await LedgerAsync(client, title));
        var list = await admin.GetPageAsync(signUps);
        Assert.Contains("1.75 小时已记入", list.QuerySelector($"tr[data-volunteer='{volunteer.Id}'] .attendance")!.TextContent);
        Assert.Null(list.QuerySelector($"tr[data-volunteer='{volunteer.Id}'] form.hours-form"));
    }
}

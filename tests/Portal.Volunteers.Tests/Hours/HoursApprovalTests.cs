using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Testing;
using Portal.Volunteers.Hours;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Tests.Hours;

[DatabaseSensitive("approvals and corrections in parallel, at most once")]
[Collection(SharedSite.Name)]
public sealed class HoursApprovalTests(PortalFactory factory)
{
    private async Task<long> ClaimAsync(TestVolunteer volunteer, decimal hours, DateOnly? date = null)
    {
        using var client = await factory.CreateClientAsAsync(volunteer.UserName, VolunteersTestData.Password);
        var response = await client.SubmitFormAsync("/volunteers/hours/claim", "form.claim-form", new Dictionary<string, string>
        {
            ["ServiceDate"] = (date ?? HoursTestData.Today.AddDays(-1)).ToString("yyyy-MM-dd"),
            ["Hours"] = hours.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Content"] = "文明实践站理论宣讲",
            ["Reason"] = "忘记签到",
        });
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return await factory.WithVolunteersAsync(db => db.HoursEntries.Where(e => e.VolunteerId == volunteer.Id).MaxAsync(e => e.Id));
    }

    private Task<HoursEntry> EntryAsync(long id) => factory.WithVolunteersAsync(db => db.HoursEntries.SingleAsync(e => e.Id == id));

    private Task<int> BalanceAsync(TestVolunteer volunteer)
        => factory.WithVolunteersAsync(db => db.PointsEntries.Where(p => p.VolunteerId == volunteer.Id).SumAsync(p => p.Points));

    [Fact]
    public async Task StaffOfTheUnit_SeeThePendingClaim_AndApproveIt()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        var id = await ClaimAsync(volunteer, 4m);
        using var staff = await factory.CreateStaffAsync(VolunteersTestData.StationA);

        var list = await staff.GetPageAsync("/admin/volunteers/hours");
        Assert.NotNull(list.QuerySelector($"tr[data-entry='{id}']"));
        var response = await staff.SubmitFormAsync($"/admin/volunteers/hours/{id}", "form.approve-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = await EntryAsync(id);
        Assert.Equal(HoursStatus.Approved, entry.Status);
        Assert.NotEqual("", entry.DecidedBy);
        Assert.Equal(40, await BalanceAsync(volunteer));
    }

    [Fact]
    public async Task StaffOfAnotherStation_NeitherSeeNorDecideTheClaim()
    {
        var volunteer = await factory.CreateVolunteerAsync(VolunteersTestData.StationA);
        var id = await ClaimAsync(volunteer, 2m);
        using var other = await factory.CreateStaffAsync(VolunteersTestData.StationB);

        var list = await other.GetPageAsync("/admin/volunteers/hours?status=all");
        Assert.Null(list.QuerySelector($"tr[data-entry='{id}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admin/volunteers/hours/{id}")).StatusCode);
        var token = await other.AntiforgeryTokenAsync("/admin/volunteers/hours");
        var approve = await other.Http.PostAsync($"/admin/volunteers/hours/{id}/approve",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.NotFound, approve.StatusCode);
        Assert.Equal(HoursStatus.Pending, (await EntryAsync(id)).Status);
    }

    [Fact]
    public async Task AVolunteerWithoutThePermission_CannotOpenTheApprovals()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        using var client = await factory.CreateClientAsAsync(volunteer.UserName, VolunteersTestData.Password);

        var response = await client.GetAsync("/admin/volunteers/hours");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Decline_NeedsAReason_AndADecidedClaimIsNeverChanged()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        var id = await ClaimAsync(volunteer, 3m);
        using var admin = await factory.CreateAdminClientAsync();

        var noReason = await admin.SubmitFormAsync($"/admin/volunteers/hours/{id}", "form.decline-form", new Dictionary<string, string> { ["reason"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("请填写不通过的原因", (await PortalClient.ParseAsync(noReason)).Errors());
        Assert.Equal(HoursStatus.Pending, (await EntryAsync(id)).Status);

        var token = await admin.AntiforgeryTokenAsync($"/admin/volunteers/hours/{id}");
        await admin.SubmitFormAsync($"/admin/volunteers/hours/{id}", "form.decline-form", new Dictionary<string, string> { ["reason"] = "当天没有这项活动" });
        var declined = await EntryAsync(id);
        Assert.Equal(HoursStatus.Declined, declined.Status);
        Assert.Contains("当天没有这项活动", declined.Reason);

        var approveLater = await admin.Http.PostAsync($"/admin/volunteers/hours/{id}/approve", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, approveLater.StatusCode);
        Assert.Contains("不能再改", (await admin.FollowAsync(approveLater)).Errors());
        Assert.Equal(HoursStatus.Declined, (await EntryAsync(id)).Status);
        Assert.Equal(0, await BalanceAsync(volunteer));
    }

    [Fact]
    public async Task ApprovingTwiceAtOnce_ApprovesOnce_AndCreditsPointsOnce()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        var id = await ClaimAsync(volunteer, 5m);

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() =>
            factory.WithScopeAsync(sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<HoursLedger>(sp).ApproveAsync(HoursTestData.Administrator, id, CancellationToken.None)))));

        Assert.Equal(1, results.Count(r => r.Succeeded));
        Assert.Equal(50, await BalanceAsync(volunteer));
    }

    [Fact]
    public async Task Correction_IsANewNegativeEntry_AtMostOnce_AndTheOriginalStays()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        var date = HoursTestData.Today.AddDays(-5);
        await factory.PostAttendanceAsync(volunteer, 6m, date);
        var original = await factory.WithVolunteersAsync(db => db.HoursEntries.SingleAsync(e => e.VolunteerId == volunteer.Id));
        using var staff = await factory.CreateStaffAsync(VolunteersTestData.StationA);

        var noReason = await staff.SubmitFormAsync($"/admin/volunteers/hours/{original.Id}", "form.reverse-form", new Dictionary<string, string> { ["hours"] = "2" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var tooMuch = await staff.SubmitFormAsync($"/admin/volunteers/hours/{original.Id}", "form.reverse-form",
            new Dictionary<string, string> { ["hours"] = "7", ["reason"] = "多记了" });
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Contains("不超过原记录的 6 小时", (await PortalClient.ParseAsync(tooMuch)).Errors());

        var token = await staff.AntiforgeryTokenAsync($"/admin/volunteers/hours/{original.Id}");
        var done = await staff.SubmitFormAsync($"/admin/volunteers/hours/{original.Id}", "form.reverse-form",
            new Dictionary<string, string> { ["hours"] = "2", ["reason"] = "活动提前两小时结束" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        var entries = await factory.WithVolunteersAsync(db => db.HoursEntries.Where(e => e.VolunteerId == volunteer.Id).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.Equal(6m, entries[0].Hours);
        Assert.Equal(HoursStatus.Approved, entries[0].Status);
        var reversal = entries[1];
        Assert.Equal(HoursEntryKind.Reversal, reversal.Kind);
        Assert.Equal(-2m, reversal.Hours);
        Assert.Equal(original.Id, reversal.ReversesId);
        Assert.Equal(date, reversal.ServiceDate);
        Assert.Equal("活动提前两小时结束", reversal.Reason);
        Assert.Equal(40, await BalanceAsync(volunteer));

        var again = await staff.Http.PostAsync($"/admin/volunteers/hours/{original.Id}/reverse",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("hours", "1"), new("reason", "再扣一小时")]));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("只能更正一次", (await PortalClient.ParseAsync(again)).Errors());
        Assert.Equal(2, await factory.WithVolunteersAsync(db => db.HoursEntries.CountAsync(e => e.VolunteerId == volunteer.Id)));
    }

    [Fact]
    public async Task APendingClaim_CannotBeCorrected()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        var id = await ClaimAsync(volunteer, 1m);

        var result = await factory.WithScopeAsync(sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<HoursLedger>(sp).ReverseAsync(HoursTestData.Administrator, id, null, "错误", CancellationToken.None));

        Assert.Equal("只有已通过的服务时长才能更正。", result.Error);
    }
}

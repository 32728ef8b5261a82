using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Testing;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Tests.Hours;

[Collection(SharedSite.Name)]
public sealed class HoursClaimTests(PortalFactory factory)
{
    private const string ClaimPage = "/volunteers/hours/claim";

    private async Task<(HttpResponseMessage Response, string Message)> SubmitAsync(TestVolunteer volunteer, Dictionary<string, string> values)
    {
        using var client = await factory.CreateClientAsAsync(volunteer.UserName, VolunteersTestData.Password);
        var response = await client.SubmitFormAsync(ClaimPage, "form.claim-form", values);
        var page = await PortalClient.ParseAsync(response);
        return (response, page.QuerySelector(".form-error")?.TextContent.Trim() ?? "");
    }

    private Task<List<HoursEntry>> EntriesAsync(TestVolunteer volunteer)
        => factory.WithVolunteersAsync(db => db.HoursEntries.Where(e => e.VolunteerId == volunteer.Id).ToListAsync());

    [Fact]
    public async Task Claim_ByAnApprovedVolunteer_IsSavedPending()
    {
        var volunteer = await factory.CreateVolunteerAsync();

        var (response, _) = await SubmitAsync(volunteer, HoursTestData.ClaimForm(HoursTestData.Today.AddDays(-1), "2.5"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var entry = Assert.Single(await EntriesAsync(volunteer));
        Assert.Equal(HoursEntryKind.Claim, entry.Kind);
        Assert.Equal(HoursStatus.Pending, entry.Status);
        Assert.Equal(2.5m, entry.Hours);
        Assert.Equal(volunteer.UnitId, entry.UnitId);
        Assert.Equal(0, await factory.WithVolunteersAsync(db => db.PointsEntries.CountAsync(p => p.VolunteerId == volunteer.Id)));
    }

    [Fact]
    public async Task Claim_Of30HoursForOneDay_IsRefusedWithAMessage_AndNothingIsSaved()
    {
        var volunteer = await factory.CreateVolunteerAsync();

        var (response, message) = await SubmitAsync(volunteer, HoursTestData.ClaimForm(HoursTestData.Today.AddDays(-2), "30"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("每天的服务时长不能超过 12 小时", message);
        Assert.Empty(await EntriesAsync(volunteer));
    }

    [Fact]
    public async Task Claim_CountsTheDaysAttendanceAndPendingClaims_TowardsTheDailyCap()
    {
        var volunteer = await factory.CreateVolunteerAsync();
        var date = HoursTestData.Today.AddDays(-4);
        await factory.PostAttendanceAsync(volunteer, 8m, date);
        Assert.Equal(HttpStatusCode.SeeOther, (await SubmitAsync(volunteer, HoursTestData.ClaimForm(date, "3"))).Response.StatusCode);

        var (response, message) = await SubmitAsync(volunteer, HoursTestData.ClaimForm(date, "2"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("已记录 11 小时", message);
        Assert.Contains("最多还能补录 1 小时", message);
        Assert.Equal(2, (await EntriesAsync(volunteer)).Count);
    }

    [Theory]
    [InlineData(1, "2", "活动签到时手机没电", "不能补录未来的服务时长")]
    [InlineData(-1, "0", "活动签到时手机没电", "必须大于 0 小时")]
    [InlineData(-1, "-3", "活动签到时手机没电", "必须大于 0 小时")]
    [InlineData(-1, "两小时", "活动签到时手机没电", "请用数字填写服务时长")]
    [InlineData(-1, "2", "", "请填写补录原因")]
    public async Task Claim_WithBadInput_IsRefusedWithAMessage_AndNothingIsSaved(int days, string hours, string reason, string expected)
    {
        var volunteer = await factory.CreateVolunteerAsync();

        var (response, message) = await SubmitAsync(volunteer, HoursTestData.ClaimForm(HoursTestData.Today.AddDays(days), hours, reason));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, message);
        Assert.Empty(await EntriesAsync(volunteer));
    }

    [Fact]
    public async Task Claim_ByAVolunteerNotYetApproved_IsRefused()
    {
        var volunteer = await factory.CreateVolunteerAsync(status: VolunteerStatus.Pending);
        using var client = await factory.CreateClientAsAsync(volunteer.UserName, VolunteersTestData.Password);

        var response = await client.GetAsync(ClaimPage);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("还没有通过审核", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ClaimPage_OfAnAnonymousVisitor_AsksToSignIn()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync(ClaimPage);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.RedirectTarget());
    }
}

using System.Net;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;
using Portal.Testing;
using Portal.Volunteers.Models;
using Portal.Volunteers.Tests.Certificates;

namespace Portal.Volunteers.Tests.SelfService;

[Collection(SharedSite.Name)]
public sealed class MyVolunteerPageTests(PortalFactory factory)
{
    private async Task<UnitInfo> StationAsync()
    {
        using var admin = await factory.CreateAdminClientAsync();
        return await factory.CreateUnitAsync(admin, UnitKind.Station);
    }

    [Fact]
    public async Task MyPage_ShowsTheSignedInVolunteersOwnRecord_AndNothingOfAnyoneElse()
    {
        var station = await StationAsync();
        var (me, client) = await factory.CreateVolunteerWithAccountAsync(station, "周小燕");
        var (other, _) = await factory.CreateVolunteerWithAccountAsync(station, "吴大伟");
        await factory.AddHoursAsync(me, 3m, new DateOnly(2026, 3, 1), "社区义诊");
        await factory.AddHoursAsync(me, 2m, new DateOnly(2026, 3, 2), "交通劝导", HoursStatus.Pending);
        await factory.AddHoursAsync(me, 5m, new DateOnly(2026, 3, 3), "重复申报", HoursStatus.Declined, reason: "与 3 月 1 日的记录重复");
        await factory.AddTrainingAsync(me, "应急救护基础", passed: true, new DateOnly(2026, 2, 1), new DateOnly(2027, 2, 1));
        var myCode = await factory.AddRedemptionAsync(me, earned: 30, "环保购物袋", price: 20);
        var myCertificate = await factory.AddCertificateAsync(me, 3m);
        await factory.AddHoursAsync(other, 9m, new DateOnly(2026, 3, 1), "别人的服务");
        await factory.AddTrainingAsync(other, "别人的课程", passed: true, new DateOnly(2026, 2, 1), null);
        var otherCode = await factory.AddRedemptionAsync(other, earned: 50, "别人的礼品", price: 10);
        var otherCertificate = await factory.AddCertificateAsync(other, 9m);

        var page = await client.GetPageAsync("/volunteers/me");
        var text = page.Body!.TextContent;

        foreach (var mine in new[] { me.Number, "周小燕", PersonalDataMask.IdNumber(me.IdNumber), PersonalDataMask.Phone(me.Mobile), station.Name,
                     "社区义诊", "交通劝导", "与 3 月 1 日的记录重复", "应急救护基础", "2027-02-01", "环保购物袋", myCode, myCertificate.Number,
                     "还没有报名活动" })
            Assert.Contains(mine, text);
        Assert.Equal("3", page.QuerySelector(".mine-approved")!.TextContent);
        Assert.Equal("2", page.QuerySelector(".mine-pending")!.TextContent);
        Assert.Equal("10", page.QuerySelector(".mine-balance")!.TextContent);
        Assert.Equal(["Declined", "Pending", "Approved"], page.QuerySelectorAll(".mine-hours tbody tr").Select(r => r.GetAttribute("data-status")!).ToArray());
        Assert.NotNull(page.QuerySelector($"a[href='/volunteers/certificates/{myCertificate.Id}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/volunteers/certificates/verify/{myCertificate.VerificationCode}']"));
        Assert.NotNull(page.QuerySelector("a[href='/volunteers/profile']"));

        foreach (var theirs in new[] { other.Number, "吴大伟", "别人的服务", "别人的课程", "别人的礼品", otherCode, otherCertificate.Number })
            Assert.DoesNotContain(theirs, text);
        Assert.DoesNotContain(me.IdNumber, page.DocumentElement.OuterHtml);
        Assert.DoesNotContain(me.Mobile, page.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task Holder_PrintsTheirOwnCertificate_ButNotSomeoneElses()
    {
        var station = await StationAsync();
        var (me, client) = await factory.CreateVolunteerWithAccountAsync(station);
        var other = await factory.CreateVolunteerAsync(station, "郑四海");
        var mine = await factory.AddCertificateAsync(me, 4m);
        var theirs = await factory.AddCertificateAsync(other, 6m);

        var own = await client.GetPageAsync($"/volunteers/certificates/{mine.Id}");
        var foreign = await client.GetAsync($"/volunteers/certificates/{theirs.Id}");

        Assert.Contains(mine.Number, own.QuerySelector(".certificate-sheet")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task UserWithoutAVolunteerRecord_IsOfferedRegistration()
    {
        var (userName, _) = await factory.CreateUserAsync(VolunteersTestData.Password, RoleNames.Volunteer);
        using var client = await factory.CreateClientAsAsync(userName, VolunteersTestData.Password);

        var page = await client.GetPageAsync("/volunteers/me");

        Assert.Contains("还没有注册成为志愿者", page.QuerySelector(".mine-unregistered")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/volunteers/register']"));
        Assert.Null(page.QuerySelector(".mine-hours"));
    }

    [Fact]
    public async Task Visitor_WhoIsNotSignedIn_IsSentToSignIn()
    {
        using var anonymous = factory.CreatePortalClient();

        var response = await anonymous.GetAsync("/volunteers/me");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.RedirectTarget());
    }
}

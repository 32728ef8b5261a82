using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Data;
using Portal.Abstractions.Security;
using Portal.Organization.Contracts;
using Portal.Testing;
using Portal.Volunteers.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Tests.Points;
using Portal.Volunteers.Tests.Registration;

namespace Portal.Volunteers.Tests.Journeys;

/// <summary>
/// The issue's story on the sample site: a resident registers, the station's staff approve, the volunteer completes a
/// training, hours are approved up to a star, points are redeemed, a certificate is printed and verified by its QR
/// code, and the database holds no plaintext ID number.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class ResidentBecomesAStarVolunteerTests(PortalFactory factory)
{
    private const string StaffPassword = "Station-pass-2026";

    [Fact]
    public async Task AResident_BecomesAOneStarVolunteer_WithPointsSpentAndACertificateAnyoneCanVerify()
    {
        // The pilot's 南街社区 station and a member of its staff (the recipe's Staff role, assigned in the admin).
        using var admin = await factory.CreateAdminClientAsync();
        var station = (await factory.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync("JY-CJ-NJ")))!;
        var (staffName, _) = await factory.CreateUserAsync(StaffPassword, RoleNames.Staff);
        await admin.SubmitFormAsync($"/admin/units/{station.Id}/staff", $"form[action='/admin/units/{station.Id}/staff']",
            new Dictionary<string, string> { ["userName"] = staffName });
        using var staff = await factory.CreateClientAsAsync(staffName, StaffPassword);

        // A resident registers on the public site.
        var form = RegistrationTestData.ValidForm(station.Id);
        using var resident = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.SeeOther, (await resident.RegisterAsync(form)).StatusCode);
        var volunteer = (await factory.FindVolunteerAsync(form.Value("UserName")))!;
        Assert.StartsWith("JY-CJ-NJ-", volunteer.Number);

        // Staff of the station approve.
        var details = await staff.GetPageAsync($"/admin/volunteers/{volunteer.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(details.QuerySelector<IHtmlFormElement>("form.approve-form")!)).StatusCode);
        using var me = await factory.CreateClientAsAsync(form.Value("UserName"), VolunteersTestData.Password);

        // The volunteer completes a training, and the rule 先培训再上岗 lets them serve.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitFormAsync("/admin/volunteers/training/courses/create", "form.course-form",
            new Dictionary<string, string> { ["Title"] = "应急救护基础", ["Kind"] = "岗前培训", ["Hours"] = "4", ["ValidityMonths"] = "24", ["UnitId"] = station.Id.ToString() })).StatusCode);
        var course = await Db(db => db.Courses.SingleAsync(c => c.Title == "应急救护基础"));
        var rule = await factory.WithScopeAsync(sp => sp.GetRequiredService<ITrainingRule>().CheckAsync(volunteer.Id, [course.Id], today));
        Assert.Equal("尚未完成培训：应急救护基础。", rule.Message);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitFormAsync("/admin/volunteers/training/records", "form.record-form",
            new Dictionary<string, string> { ["Number"] = volunteer.Number, ["CourseId"] = course.Id.ToString(), ["Passed"] = "true", ["CompletedOn"] = Iso(today) })).StatusCode);
        Assert.True((await factory.WithScopeAsync(sp => sp.GetRequiredService<ITrainingRule>().CheckAsync(volunteer.Id, [course.Id], today))).Allowed);

        // 96 hours of attendance posted by activities, and a 4-hour claim the staff approve: 100 hours, one star.
        for (var day = 1; day <= 12; day++)
        {
            var attendance = new AttendanceHours(volunteer.Id, $"journey:{volunteer.Id}:{day}", 8m, today.AddDays(-day - 1), "社区理论宣讲", station.Id);
            await factory.WithScopeAsync(sp => sp.GetRequiredService<IUnitOfWork>().ExecuteAsync(ct => sp.GetRequiredService<IServiceHoursLedger>().PostAttendanceAsync(attendance, ct)));
        }
        Assert.Equal(HttpStatusCode.SeeOther, (await me.SubmitFormAsync("/volunteers/hours/claim", "form.claim-form", new Dictionary<string, string>
        {
            ["ServiceDate"] = Iso(today.AddDays(-1)), ["Hours"] = "4", ["Content"] = "重阳节敬老院助老服务", ["Reason"] = "活动现场未能签到",
        })).StatusCode);
        var claim = await Db(db => db.HoursEntries.SingleAsync(e => e.VolunteerId == volunteer.Id && e.Status == Models.HoursStatus.Pending));
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitFormAsync($"/admin/volunteers/hours/{claim.Id}", "form.approve-form")).StatusCode);
        var star = await Db(db => db.StarAwards.SingleAsync(a => a.VolunteerId == volunteer.Id));
        Assert.Equal((1, today), (star.Stars, star.ReachedOn));

        // 100 hours earned 1,000 points; the volunteer redeems a reward of the love supermarket.
        var reward = await factory.CreateRewardAsync(points: 300, stock: 10);
        var redeemed = await me.RedeemAsync(reward);
        Assert.Equal(HttpStatusCode.SeeOther, redeemed.StatusCode);
        var redemption = await Db(db => db.Redemptions.SingleAsync(r => r.VolunteerId == volunteer.Id));
        Assert.Equal(700, await Db(db => db.PointsEntries.Where(p => p.VolunteerId == volunteer.Id).SumAsync(p => p.Points)));
        Assert.Contains(redemption.PickupCode, (await me.GetPageAsync("/volunteers/me")).Body!.TextContent);

        // Staff issue the certificate; it prints with the masked ID and a QR code that anyone can follow to verify it.
        var issue = $"/admin/volunteers/certificates/issue?number={volunteer.Number}&from={Iso(today.AddDays(-30))}&to={Iso(today)}";
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitFormAsync(issue, "form.certificate-issue",
            new Dictionary<string, string> { ["ResponsiblePerson"] = "陈主任", ["HandlingOfficer"] = "周经办", ["Contact"] = "0510-86001234" })).StatusCode);
        var certificate = await Db(db => db.Certificates.SingleAsync(c => c.VolunteerId == volunteer.Id));
        Assert.Equal(100m, certificate.Hours);
        var print = await me.GetPageAsync($"/volunteers/certificates/{certificate.Id}");
        Assert.Contains(volunteer.IdNumberMasked, print.Body!.TextContent);
        Assert.DoesNotContain(form.Value("IdNumber"), print.Body.InnerHtml);
        var verifyUrl = new Uri(print.QuerySelector(".certificate-qr img")!.GetAttribute("data-verify-url")!);
        var verified = await factory.CreatePortalClient().GetPageAsync(verifyUrl.PathAndQuery);
        Assert.Contains(certificate.Number, verified.QuerySelector(".certificate-verify")!.TextContent);
        Assert.DoesNotContain(form.Value("IdNumber"), verified.Body!.InnerHtml);

        // And nowhere in the database is the ID number in plain text.
        Assert.Empty(await PlaintextScan.FindAsync(factory, "Volunteers_", volunteer.Number, form.Value("IdNumber"), form.Value("Mobile")));
    }

    private Task<T> Db<T>(Func<VolunteersDbContext, Task<T>> query) => factory.WithScopeAsync(sp => query(sp.GetRequiredService<VolunteersDbContext>()));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");
}

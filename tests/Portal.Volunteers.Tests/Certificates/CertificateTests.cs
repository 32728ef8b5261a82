using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.Organization.Contracts;
using Portal.Testing;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Tests.Certificates;

[Collection(SharedSite.Name)]
public sealed class CertificateTests(PortalFactory factory)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    private static readonly DateOnly From = new(Today.Year, 1, 1);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    private static Dictionary<string, string> Signers(string? organization = null)
    {
        var values = new Dictionary<string, string> { ["ResponsiblePerson"] = "陈主任", ["HandlingOfficer"] = "周经办", ["Contact"] = "0510-86001234" };
        if (organization is not null)
            values["IssuingOrganization"] = organization;
        return values;
    }

    private static string IssuePage(TestVolunteer v, DateOnly from, DateOnly to) => $"/admin/volunteers/certificates/issue?number={v.Number}&from={Iso(from)}&to={Iso(to)}";

    private async Task<(UnitInfo Station, PortalClient Staff, TestVolunteer Volunteer)> StationWithVolunteerAsync()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateUnitAsync(admin, UnitKind.Station);
        var staff = await factory.CreateStaffAsync(station.Id);
        return (station, staff, await factory.CreateVolunteerAsync(station));
    }

    [Fact]
    public async Task IssuedCertificate_CertifiesTheApprovedHoursOfThePeriod_AndPrintsThemWithTheQrCodeOfTheVerifyPage()
    {
        var (station, staff, v) = await StationWithVolunteerAsync();
        var first = await factory.AddHoursAsync(v, 3m, From, "理论宣讲");
        await factory.AddHoursAsync(v, 2.5m, Today, "助老助残");
        await factory.AddHoursAsync(v, -1m, Today, "理论宣讲", kind: HoursEntryKind.Reversal, reason: "多记了一小时", reverses: first);
        await factory.AddHoursAsync(v, 4m, Today, "待审核的服务", HoursStatus.Pending);
        await factory.AddHoursAsync(v, 5m, Today, "未通过的服务", HoursStatus.Declined, reason: "无佐证");
        await factory.AddHoursAsync(v, 6m, From.AddDays(-1), "去年的服务");

        var preview = await staff.GetPageAsync(IssuePage(v, From, Today));
        Assert.Equal("4.5", preview.QuerySelector(".certificate-hours")!.TextContent.Trim());
        var response = await staff.SubmitAsync(preview.QuerySelector<IHtmlFormElement>("form.certificate-issue")!, Signers());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var certificate = Assert.Single(await factory.CertificatesOfAsync(v));
        Assert.Equal(4.5m, certificate.Hours);
        Assert.Equal("理论宣讲、助老助残", certificate.ServiceContent);
        Assert.Equal(station.Name, certificate.IssuingOrganization);
        Assert.Matches($"^JY-{Today.Year}-\\d{{6}}$", certificate.Number);
        Assert.Matches("^[A-Z2-7]{16}$", certificate.VerificationCode);
        Assert.Equal((From, Today), (certificate.PeriodFrom, certificate.PeriodTo));

        var print = await staff.GetPageAsync($"/volunteers/certificates/{certificate.Id}");
        var sheet = print.QuerySelector(".certificate-sheet")!.TextContent;
        foreach (var expected in new[] { v.RealName, "居民身份证", v.IdNumber[..4] + "**********" + v.IdNumber[^4..], v.Number, "4.5", "理论宣讲、助老助残",
                     station.Name, "陈主任", "周经办", "0510-86001234", certificate.Number, $"{Today.Year}年{Today.Month}月{Today.Day}日" })
            Assert.Contains(expected, sheet);
        Assert.DoesNotContain(v.IdNumber, print.DocumentElement.OuterHtml);
        Assert.DoesNotContain(v.Mobile, print.DocumentElement.OuterHtml);
        var qr = print.QuerySelector(".certificate-qr img")!;
        Assert.Equal($"http://localhost/volunteers/certificates/verify/{certificate.VerificationCode}", qr.GetAttribute("data-verify-url"));
        Assert.StartsWith("data:image/png;base64,", qr.GetAttribute("src"));
        Assert.Contains("volunteers-certificates.css", print.QuerySelector("link[href*='volunteers-certificates']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task VerifyPage_ConfirmsTheCertificate_WithoutPersonalData()
    {
        var (_, staff, v) = await StationWithVolunteerAsync();
        await factory.AddHoursAsync(v, 8m, Today, "应急救护");
        await staff.SubmitFormAsync(IssuePage(v, From, Today), "form.certificate-issue", Signers("江阴市志愿服务总队"));
        var certificate = Assert.Single(await factory.CertificatesOfAsync(v));
        using var anonymous = factory.CreatePortalClient();

        var page = await anonymous.GetPageAsync($"/volunteers/certificates/verify/{certificate.VerificationCode.ToLowerInvariant()}");
        var html = page.DocumentElement.OuterHtml;

        var text = page.QuerySelector(".certificate-verify")!.TextContent;
        foreach (var expected in new[] { certificate.Number, "江阴市志愿服务总队", "8", v.Number, "王*明", $"{Today.Year}年1月1日" })
            Assert.Contains(expected, text);
        foreach (var secret in new[] { v.RealName, v.IdNumber, v.IdNumber[^4..], certificate.IdNumberMasked, v.Mobile, v.Mobile[^4..] })
            Assert.DoesNotContain(secret, html);
    }

    [Fact]
    public async Task VerifyPage_OfAnUnknownCode_Answers404WithAClearMessage()
    {
        using var anonymous = factory.CreatePortalClient();

        var response = await anonymous.GetAsync("/volunteers/certificates/verify/ABCDEFGHJKMNPQRS");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("未找到该证明", page.QuerySelector(".certificate-verify-missing")!.TextContent);
    }

    [Fact]
    public async Task StaffOfAnotherStation_CannotIssueFor_NorPrint_AVolunteerOutsideTheirScope()
    {
        var (_, staffA, v) = await StationWithVolunteerAsync();
        await factory.AddHoursAsync(v, 2m, Today);
        var (_, staffB, _) = await StationWithVolunteerAsync();

        var lookup = await staffB.GetAsync(IssuePage(v, From, Today));
        var ownForm = await staffB.GetPageAsync("/admin/volunteers/certificates/issue");
        var post = await staffB.PostWithTokenAsync("/admin/volunteers/certificates/issue", "/admin/volunteers/certificates/issue",
            ("VolunteerNumber", v.Number), ("PeriodFrom", Iso(From)), ("PeriodTo", Iso(Today)),
            ("ResponsiblePerson", "越权"), ("HandlingOfficer", "越权"), ("Contact", "1"));

        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
        Assert.NotNull(ownForm.QuerySelector("form.certificate-lookup"));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("不在您的管理范围内", (await PortalClient.ParseAsync(post)).Errors());
        Assert.Empty(await factory.CertificatesOfAsync(v));

        await staffA.SubmitFormAsync(IssuePage(v, From, Today), "form.certificate-issue", Signers());
        var certificate = Assert.Single(await factory.CertificatesOfAsync(v));
        Assert.Equal(HttpStatusCode.NotFound, (await staffB.GetAsync($"/volunteers/certificates/{certificate.Id}")).StatusCode);
        Assert.DoesNotContain(certificate.Number, (await staffB.GetPageAsync("/admin/volunteers/certificates")).Body!.TextContent);
        Assert.Contains(certificate.Number, (await staffA.GetPageAsync("/admin/volunteers/certificates")).QuerySelector("table.certificate-register")!.TextContent);
    }

    [DatabaseSensitive("parallel issues against a unique sequence")]
    [Fact]
    public async Task ParallelIssues_GetDistinctSequentialNumbers()
    {
        var (_, staff, v) = await StationWithVolunteerAsync();
        await factory.AddHoursAsync(v, 1m, Today);
        var form = (await staff.GetPageAsync(IssuePage(v, From, Today))).QuerySelector<IHtmlFormElement>("form.certificate-issue")!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => staff.SubmitAsync(form, Signers())));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var certificates = await factory.CertificatesOfAsync(v);
        var sequences = certificates.Select(c => int.Parse(c.Number[^6..])).Order().ToList();
        Assert.Equal(10, sequences.Distinct().Count());
        Assert.Equal(Enumerable.Range(sequences[0], 10), sequences);
        Assert.Equal(10, certificates.Select(c => c.VerificationCode).Distinct().Count());
    }

    [Fact]
    public async Task Issuing_WithoutApprovedHoursInThePeriod_OrWithAReversedPeriod_IsRefusedAndSavesNothing()
    {
        var (_, staff, v) = await StationWithVolunteerAsync();
        await factory.AddHoursAsync(v, 3m, Today, status: HoursStatus.Pending);

        var none = await staff.SubmitFormAsync(IssuePage(v, From, Today), "form.certificate-issue", Signers());
        var reversed = await staff.SubmitFormAsync(IssuePage(v, From, Today), "form.certificate-issue",
            new Dictionary<string, string>(Signers()) { ["PeriodFrom"] = Iso(Today), ["PeriodTo"] = Iso(From) });
        var unsigned = await staff.SubmitFormAsync(IssuePage(v, From, Today), "form.certificate-issue", new Dictionary<string, string> { ["ResponsiblePerson"] = " " });

        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("没有审核通过的服务时长", (await PortalClient.ParseAsync(none)).Errors());
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Contains("起始日期不能晚于截止日期", (await PortalClient.ParseAsync(reversed)).Errors());
        Assert.Equal(HttpStatusCode.BadRequest, unsigned.StatusCode);
        Assert.Contains("请填写出具单位负责人", (await PortalClient.ParseAsync(unsigned)).Errors());
        Assert.Empty(await factory.CertificatesOfAsync(v));
    }

    [Fact]
    public void VerificationCodes_Are16Base32Characters_AndDoNotRepeat()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => Volunteers.Certificates.CertificateIssuer.NewVerificationCode()).ToList();

        Assert.All(codes, c => Assert.Matches(new Regex("^[A-Z2-7]{16}$"), c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }
}

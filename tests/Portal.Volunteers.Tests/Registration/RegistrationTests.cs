using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.Testing;
using Portal.Volunteers.Models;
using Portal.Volunteers.Registration;

namespace Portal.Volunteers.Tests.Registration;

[Collection(SharedSite.Name)]
public sealed class RegistrationTests(PortalFactory factory)
{
    [Fact]
    public async Task Register_ThenStaffApprove_TheVolunteerSeesApproved()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateStationAsync(admin);
        using var staff = await factory.CreateStaffAsync(station.Id, Permissions.ManageVolunteers);
        var form = RegistrationTestData.ValidForm(station.Id, idNumber: VolunteersTestData.NewIdNumber(endingInX: true));
        using var applicant = factory.CreatePortalClient();

        var response = await applicant.RegisterAsync(form);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var done = await applicant.FollowAsync(response);
        Assert.Equal($"{station.Code}-0001", done.QuerySelector(".volunteer-number")!.TextContent);
        var volunteer = (await factory.FindVolunteerAsync(form.Value("UserName")))!;
        Assert.Equal(VolunteerStatus.Pending, volunteer.Status);
        Assert.Equal(IdType.ResidentCard, volunteer.IdType);
        Assert.Equal(["应急救护", "摄影摄像"], volunteer.Skills);
        Assert.Equal(1 | (1 << 20), volunteer.Availability);
        Assert.Equal(DateOnly.ParseExact(form.Value("IdNumber").Substring(6, 8), "yyyyMMdd"), volunteer.BirthDate);
        Assert.NotEqual(default, volunteer.SensitiveConsentUtc);

        using var signedIn = await factory.CreateClientAsAsync(form.Value("UserName"), VolunteersTestData.Password);
        var profile = await signedIn.GetPageAsync("/volunteers/profile");
        Assert.Contains("待审核", profile.QuerySelector(".volunteer-status")!.TextContent);

        var details = await staff.GetPageAsync($"/admin/volunteers/{volunteer.Id}");
        var approved = await staff.SubmitAsync(details.QuerySelector<IHtmlFormElement>("form.approve-form")!);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        profile = await signedIn.GetPageAsync("/volunteers/profile");
        Assert.Contains("已通过", profile.QuerySelector(".volunteer-status")!.TextContent);
        Assert.Equal($"{station.Code}-0001", profile.QuerySelector(".volunteer-record .volunteer-number")!.TextContent);
    }

    [Fact]
    public async Task Reject_NeedsAReason_WhichTheApplicantSees()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateStationAsync(admin);
        using var staff = await factory.CreateStaffAsync(station.Id, Permissions.ManageVolunteers);
        var form = RegistrationTestData.ValidForm(station.Id);
        var volunteer = await factory.RegisterVolunteerAsync(form);
        var details = await staff.GetPageAsync($"/admin/volunteers/{volunteer.Id}");
        var reject = details.QuerySelector<IHtmlFormElement>("form.reject-form")!;

        var withoutReason = await staff.SubmitAsync(reject, new Dictionary<string, string> { ["reason"] = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Contains("请填写不通过的原因", (await PortalClient.ParseAsync(withoutReason)).Errors());
        Assert.Equal(VolunteerStatus.Pending, (await factory.FindVolunteerAsync(form.Value("UserName")))!.Status);

        var rejected = await staff.SubmitAsync(reject, new Dictionary<string, string> { ["reason"] = "请选择您居住地所在的实践站。" });
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);

        using var signedIn = await factory.CreateClientAsAsync(form.Value("UserName"), VolunteersTestData.Password);
        var profile = await signedIn.GetPageAsync("/volunteers/profile");
        Assert.Contains("未通过", profile.QuerySelector(".volunteer-status")!.TextContent);
        Assert.Equal("请选择您居住地所在的实践站。", profile.QuerySelector(".review-reason")!.TextContent);
    }

    [Fact]
    public async Task AStaleReviewForm_IsRefusedWithAMessage()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateStationAsync(admin);
        using var staff = await factory.CreateStaffAsync(station.Id, Permissions.ManageVolunteers);
        var volunteer = await factory.RegisterVolunteerAsync(RegistrationTestData.ValidForm(station.Id));
        var first = await staff.GetPageAsync($"/admin/volunteers/{volunteer.Id}");
        var second = await admin.GetPageAsync($"/admin/volunteers/{volunteer.Id}");

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(second.QuerySelector<IHtmlFormElement>("form.reject-form")!,
            new Dictionary<string, string> { ["reason"] = "资料不全。" })).StatusCode);
        var stale = await staff.SubmitAsync(first.QuerySelector<IHtmlFormElement>("form.approve-form")!);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains(VolunteerReview.StaleMessage, (await PortalClient.ParseAsync(stale)).Errors());
        Assert.Equal(VolunteerStatus.Rejected, (await factory.FindVolunteerAsync(volunteer.Id))!.Status);
    }

    [Fact]
    public async Task VolunteerNumbers_AreTheUnitCodeAndItsNextSequence()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateStationAsync(admin);

        var first = await factory.RegisterVolunteerAsync(RegistrationTestData.ValidForm(station.Id));
        var second = await factory.RegisterVolunteerAsync(RegistrationTestData.ValidForm(station.Id));

        Assert.Equal($"{station.Code}-0001", first.Number);
        Assert.Equal($"{station.Code}-0002", second.Number);
    }

    public static TheoryData<string, string?, string, string> BadInput => new()
    {
        // field changed, new value (null: left out), field whose message shows, part of the message
        { "IdNumber", "wrong-check-digit", "IdNumber", "校验位不正确" },
        { "IdNumber", "320281199002300014", "IdNumber", "出生日期 19900230 不是有效日期" },
        { "Mobile", "12812345678", "Mobile", "手机号码应为 1 开头的 11 位数字" },
        { "SensitiveConsent", null, "SensitiveConsent", "单独同意处理您的敏感个人信息" },
        { "RealName", "", "RealName", "请填写真实姓名" },
        { "UnitId", "999999", "UnitId", "请选择您所在的实践中心" },
        { "Skills", "不存在的技能", "Skills", "不在技能清单中" },
        { "Availability", "21", "Availability", "无法识别" },
        { "EmergencyContactPhone", "12345", "EmergencyContactPhone", "紧急联系人电话应为" },
        { "ConfirmPassword", "Other-pass-2026", "ConfirmPassword", "两次输入的密码不一致" },
        { "Password", "short1", "Password", "密码至少需要 10 个字符" },
        { "IdType", "Driver", "IdType", "请选择证件类型" },
        { "UserName", new string('a', 65), "UserName", "用户名不超过 64 个字符" },
        { "RealName", new string('张', 33), "RealName", "姓名不超过 32 个字" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Register_WithBadInput_Answers400WithTheMessageBesideTheField_AndSavesNothing(string field, string? value, string errorField, string message)
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateStationAsync(admin);
        var form = RegistrationTestData.ValidForm(station.Id);
        if (value == "wrong-check-digit")
            value = RegistrationTestData.WithWrongCheckDigit(form.Value("IdNumber"));
        form.With(field, value);
        if (field == "Password")
            form.With("ConfirmPassword", value);
        var before = await factory.CountVolunteersAsync();
        using var client = factory.CreatePortalClient();

        var response = await client.RegisterAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(message, page.FieldError(errorField));
        Assert.Contains("有 1 处需要修改", page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal(before, await factory.CountVolunteersAsync());
        Assert.False(await factory.UserExistsAsync(form.Value("UserName")));
        // What was typed comes back, the password does not.
        Assert.Equal(form.Value("EmergencyContactName"), page.QuerySelector<IHtmlInputElement>("#EmergencyContactName")!.Value);
        Assert.Equal("", page.QuerySelector<IHtmlInputElement>("#Password")!.Value);
    }

    [Fact]
    public async Task Register_WithAUserNameThatIsTheMobile_IsRefused()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateStationAsync(admin);
        var mobile = VolunteersTestData.NewMobile();
        var form = RegistrationTestData.ValidForm(station.Id, mobile: mobile, userName: mobile);
        using var client = factory.CreatePortalClient();

        var response = await client.RegisterAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请不要使用证件号码或手机号码", (await PortalClient.ParseAsync(response)).FieldError("UserName"));
        Assert.False(await factory.UserExistsAsync(mobile));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Register_TheSameIdAgain_InAnotherCaseOrSpacing_IsRefusedWithoutSayingWhose(bool lowerCaseX)
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateStationAsync(admin);
        var otherStation = await factory.CreateStationAsync(admin);
        var id = VolunteersTestData.NewIdNumber(endingInX: true);
        var first = await factory.RegisterVolunteerAsync(RegistrationTestData.ValidForm(station.Id, idNumber: id));
        var again = lowerCaseX ? id.ToLowerInvariant() : $" {id[..6]} {id[6..14]} {id[14..]} ";
        var form = RegistrationTestData.ValidForm(otherStation.Id, idNumber: again).With("RealName", "李另人");
        var before = await factory.CountVolunteersAsync();
        using var client = factory.CreatePortalClient();

        var response = await client.RegisterAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(RegistrationService.DuplicateMessage, page.FieldError("IdNumber"));
        var html = page.Body!.InnerHtml;
        Assert.DoesNotContain(first.Number, html);
        Assert.DoesNotContain(first.RealName, html);
        Assert.DoesNotContain(first.MobileMasked, html);
        Assert.Equal(before, await factory.CountVolunteersAsync());
        Assert.False(await factory.UserExistsAsync(form.Value("UserName")));
    }

    [DatabaseSensitive("parallel registrations against the unique ID-number hash")]
    [Fact]
    public async Task TenRegistrationsOfOneId_AtOnce_SaveExactlyOne()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateStationAsync(admin);
        var id = VolunteersTestData.NewIdNumber();
        var forms = Enumerable.Range(0, 10).Select(_ => RegistrationTestData.ValidForm(station.Id, idNumber: id)).ToList();
        var clients = forms.Select(_ => factory.CreatePortalClient()).ToList();
        // Tokens first, so the posts themselves race.
        var tokens = await Task.WhenAll(clients.Select(c => c.AntiforgeryTokenAsync("/volunteers/register")));

        var responses = await Task.WhenAll(clients.Select((c, i) => c.Http.PostAsync("/volunteers/register",
            new FormUrlEncodedContent(forms[i].Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
                .Prepend(new("__RequestVerificationToken", tokens[i]))))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.SeeOther));
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.BadRequest));
        int saved = 0, accounts = 0;
        foreach (var form in forms)
        {
            saved += await factory.FindVolunteerAsync(form.Value("UserName")) is null ? 0 : 1;
            accounts += await factory.UserExistsAsync(form.Value("UserName")) ? 1 : 0;
        }
        Assert.Equal(1, saved);
        Assert.Equal(1, accounts);
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task TheForm_OffersTheFourIdTypes_TheUnitsButNotServicePoints_TheSkillsAndTheWeeklyGrid()
    {
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync("/volunteers/register");

        Assert.Equal(["居民身份证", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "护照"],
            page.QuerySelectorAll("#IdType option").Select(o => o.TextContent.Trim()));
        var units = page.QuerySelectorAll("#UnitId option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Contains("江阴市新时代文明实践中心", units);
        Assert.Contains("南街社区新时代文明实践站", units);
        Assert.DoesNotContain("华西村农家书屋实践点", units);
        Assert.Equal(21, page.QuerySelectorAll("input[name='Availability']").Length);
        Assert.Contains("应急救护", page.QuerySelectorAll("input[name='Skills']").Select(i => i.GetAttribute("value")));
        Assert.NotNull(page.QuerySelector("input[name='SensitiveConsent']"));
    }
}

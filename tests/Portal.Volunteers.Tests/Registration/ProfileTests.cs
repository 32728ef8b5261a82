using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Testing;
using Portal.Volunteers.Models;
using Portal.Volunteers.Registration;

namespace Portal.Volunteers.Tests.Registration;

[Collection(SharedSite.Name)]
public sealed class ProfileTests(PortalFactory factory)
{
    [Fact]
    public async Task AVolunteer_UpdatesTheirProfile_AndTheNewMobileIsStoredProtected()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateStationAsync(admin);
        var form = RegistrationTestData.ValidForm(station.Id);
        var before = await factory.RegisterVolunteerAsync(form);
        using var volunteer = await factory.CreateClientAsAsync(form.Value("UserName"), VolunteersTestData.Password);
        var page = await volunteer.GetPageAsync("/volunteers/profile");
        Assert.Equal(before.MobileMasked, page.QuerySelector(".masked-mobile")!.TextContent);
        Assert.DoesNotContain(form.Value("Mobile"), page.Body!.InnerHtml);
        var profileForm = page.QuerySelector<IHtmlFormElement>("form.profile-form")!;
        foreach (var box in profileForm.QuerySelectorAll<IHtmlInputElement>("input[type=checkbox]"))
            box.IsChecked = box.Name == "OnHonorRoll" || (box.Name == "Skills" && box.Value == "心理疏导") || (box.Name == "Availability" && box.Value == "14");
        var mobile = VolunteersTestData.NewMobile();

        var response = await volunteer.SubmitAsync(profileForm, new Dictionary<string, string>
        {
            ["Mobile"] = mobile,
            ["Address"] = "江苏省江阴市华士镇新居路8号",
            ["EmergencyContactName"] = "王新联系人",
        });

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var after = (await factory.FindVolunteerAsync(before.Id))!;
        Assert.Equal(PersonalDataMask.Phone(mobile), after.MobileMasked);
        Assert.NotEqual(before.MobileProtected, after.MobileProtected);
        Assert.DoesNotContain(mobile, after.MobileProtected);
        Assert.Equal(mobile, factory.Services.GetRequiredService<IPersonalDataVault>().Unprotect(after.MobileProtected));
        Assert.Equal(factory.Services.GetRequiredService<IPersonalDataVault>().Hash(mobile), after.MobileHash);
        Assert.Equal("江苏省江阴市****", after.AddressMasked);
        Assert.Equal(before.EmergencyPhoneProtected, after.EmergencyPhoneProtected);
        Assert.Equal("王新联系人", after.EmergencyContactName);
        Assert.Equal(["心理疏导"], after.Skills);
        Assert.Equal(1 << 14, after.Availability);
        Assert.True(after.OnHonorRoll);
        Assert.Equal(before.IdNumberProtected, after.IdNumberProtected);
        Assert.Contains("已保存", (await volunteer.FollowAsync(response)).QuerySelector(".form-saved")!.TextContent);
    }

    [Fact]
    public async Task AProfileWithABadMobile_IsRefusedBesideTheField_AndNothingChanges()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateStationAsync(admin);
        var form = RegistrationTestData.ValidForm(station.Id);
        var before = await factory.RegisterVolunteerAsync(form);
        using var volunteer = await factory.CreateClientAsAsync(form.Value("UserName"), VolunteersTestData.Password);

        var response = await volunteer.SubmitFormAsync("/volunteers/profile", "form.profile-form",
            new Dictionary<string, string> { ["Mobile"] = "1234", ["EmergencyContactName"] = "改了也不存" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("手机号码应为 1 开头的 11 位数字", (await PortalClient.ParseAsync(response)).FieldError("Mobile"));
        var after = (await factory.FindVolunteerAsync(before.Id))!;
        Assert.Equal(before.MobileProtected, after.MobileProtected);
        Assert.Equal(before.EmergencyContactName, after.EmergencyContactName);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task AStaleProfileForm_IsRefused()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateStationAsync(admin);
        var form = RegistrationTestData.ValidForm(station.Id);
        var before = await factory.RegisterVolunteerAsync(form);
        using var volunteer = await factory.CreateClientAsAsync(form.Value("UserName"), VolunteersTestData.Password);
        var first = await volunteer.GetPageAsync("/volunteers/profile");
        Assert.Equal(HttpStatusCode.SeeOther, (await volunteer.SubmitFormAsync("/volunteers/profile", "form.profile-form",
            new Dictionary<string, string> { ["EmergencyContactName"] = "第一次" })).StatusCode);

        var stale = await volunteer.SubmitAsync(first.QuerySelector<IHtmlFormElement>("form.profile-form")!,
            new Dictionary<string, string> { ["EmergencyContactName"] = "第二次" });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains(ProfileService.StaleMessage, (await PortalClient.ParseAsync(stale)).QuerySelector(".form-errors")!.TextContent);
        Assert.Equal("第一次", (await factory.FindVolunteerAsync(before.Id))!.EmergencyContactName);
    }

    [Fact]
    public async Task ARejectedVolunteer_WhoCorrectsTheirProfile_IsReviewedAgain()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateStationAsync(admin);
        var form = RegistrationTestData.ValidForm(station.Id);
        var registered = await factory.RegisterVolunteerAsync(form);
        var details = await admin.GetPageAsync($"/admin/volunteers/{registered.Id}");
        await admin.SubmitAsync(details.QuerySelector<IHtmlFormElement>("form.reject-form")!, new Dictionary<string, string> { ["reason"] = "请补充紧急联系人。" });
        using var volunteer = await factory.CreateClientAsAsync(form.Value("UserName"), VolunteersTestData.Password);

        await volunteer.SubmitFormAsync("/volunteers/profile", "form.profile-form", new Dictionary<string, string> { ["EmergencyContactName"] = "王补充" });

        Assert.Equal(VolunteerStatus.Pending, (await factory.FindVolunteerAsync(registered.Id))!.Status);
    }

    [Fact]
    public async Task TheProfile_NeedsASignIn_AndAnAccountWithoutARecordIsInvitedToRegister()
    {
        using var anonymous = factory.CreatePortalClient();
        var response = await anonymous.GetAsync("/volunteers/profile");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.RedirectTarget());

        var (userName, _) = await factory.CreateUserAsync(VolunteersTestData.Password);
        using var someone = await factory.CreateClientAsAsync(userName, VolunteersTestData.Password);
        var page = await someone.GetPageAsync("/volunteers/profile");
        Assert.NotNull(page.QuerySelector("a[href='/volunteers/register']"));
        Assert.Equal(HttpStatusCode.NotFound, (await someone.PostWithTokenAsync("/volunteers/register", "/volunteers/profile", ("Mobile", "13812345678"))).StatusCode);
    }
}

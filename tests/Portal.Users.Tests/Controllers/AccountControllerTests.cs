using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Core.Security;
using Portal.Testing;
using static Portal.Users.Tests.PageHelpers;

namespace Portal.Users.Tests.Controllers;

[Collection(SharedSite.Name)]
public sealed class AccountControllerTests(PortalFactory factory)
{
    private const string ChangePasswordForm = "form[action='/account/change-password']";

    [Fact]
    public async Task Login_WithTheRightPassword_RedirectsToTheAdminWhichThenOpens()
    {
        var (userName, _) = await factory.CreateUserAsync(Password, RoleNames.Staff);
        using var client = factory.CreatePortalClient();

        var login = await client.LoginAsync(userName, Password);
        var admin = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/admin", login.RedirectTarget());
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Login_FromAProtectedPage_GoesBackThere()
    {
        var (userName, _) = await factory.CreateUserAsync(Password, RoleNames.Administrator);
        using var client = factory.CreatePortalClient();
        var challenge = await client.GetAsync("/admin/roles");

        var login = await client.SubmitFormAsync(challenge.RedirectTarget(), "form[action='/account/login']", Fields(("UserName", userName), ("Password", Password)));

        Assert.Equal("/admin/roles", login.RedirectTarget());
    }

    [Fact]
    public async Task Login_WithAReturnUrlToAnotherSite_GoesToTheAdminInstead()
    {
        var (userName, _) = await factory.CreateUserAsync(Password, RoleNames.Staff);
        using var client = factory.CreatePortalClient();

        var login = await client.SubmitFormAsync("/account/login?ReturnUrl=https%3A%2F%2Fevil.example%2F", "form[action='/account/login']",
            Fields(("UserName", userName), ("Password", Password)));

        Assert.Equal("/admin", login.RedirectTarget());
    }

    [Fact]
    public async Task Login_WithAWrongPassword_ShowsTheErrorAndStaysAnonymous()
    {
        var (userName, _) = await factory.CreateUserAsync(Password, RoleNames.Staff);
        using var client = factory.CreatePortalClient();

        var login = await client.LoginAsync(userName, "Wrong-pass-2026");
        var page = await PortalClient.ParseAsync(login);
        var admin = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Contains("用户名或密码不正确", page.Errors());
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("/account/login", admin.RedirectTarget());
    }

    [Fact]
    public async Task Login_AfterFiveWrongPasswords_IsLockedEvenWithTheRightPassword()
    {
        var (userName, _) = await factory.CreateUserAsync(Password, RoleNames.Staff);
        using var client = factory.CreatePortalClient();
        for (var i = 0; i < 5; i++)
            await client.LoginAsync(userName, "Wrong-pass-2026");

        var sixth = await client.LoginAsync(userName, Password);
        var page = await PortalClient.ParseAsync(sixth);
        var admin = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.BadRequest, sixth.StatusCode);
        Assert.Contains("锁定", page.Errors());
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("/account/login", admin.RedirectTarget());
    }

    [Fact]
    public async Task Login_OfALockedUser_SucceedsOnceAnAdministratorUnlocksThem()
    {
        var (userName, id) = await factory.CreateUserAsync(Password, RoleNames.Staff);
        using var client = factory.CreatePortalClient();
        for (var i = 0; i < 5; i++)
            await client.LoginAsync(userName, "Wrong-pass-2026");
        using var admin = await factory.CreateAdminClientAsync();

        var unlock = await admin.SubmitFormAsync("/admin/users", $"form[action='/admin/users/{id}/unlock']");
        var login = await client.LoginAsync(userName, Password);

        Assert.Equal(HttpStatusCode.Redirect, unlock.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/admin", login.RedirectTarget());
    }

    [Fact]
    public async Task ChangePassword_WithAWrongCurrentPassword_IsRefusedAndTheOldPasswordStillWorks()
    {
        var (userName, _) = await factory.CreateUserAsync(Password, RoleNames.Staff);
        using var client = await factory.CreateClientAsAsync(userName, Password);

        var change = await client.SubmitFormAsync("/account/change-password", ChangePasswordForm, Fields(
            ("CurrentPassword", "Wrong-pass-2026"), ("NewPassword", "Brand-new-pass-1"), ("ConfirmPassword", "Brand-new-pass-1")));
        var page = await PortalClient.ParseAsync(change);
        using var again = factory.CreatePortalClient();
        var login = await again.LoginAsync(userName, Password);

        Assert.Equal(HttpStatusCode.BadRequest, change.StatusCode);
        Assert.Contains("当前密码不正确", page.Errors());
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Theory]
    [InlineData("Brand-new-pass-1", "Brand-new-pass-2", "两次输入的新密码不一致")]
    [InlineData("short1", "short1", "密码至少需要 10 个字符")]
    [InlineData("no-digits-at-all", "no-digits-at-all", "密码必须包含至少一个数字")]
    public async Task ChangePassword_WithAnUnacceptableNewPassword_IsRefusedAndTheOldPasswordStillWorks(string newPassword, string confirm, string message)
    {
        var (userName, _) = await factory.CreateUserAsync(Password, RoleNames.Staff);
        using var client = await factory.CreateClientAsAsync(userName, Password);

        var change = await client.SubmitFormAsync("/account/change-password", ChangePasswordForm, Fields(
            ("CurrentPassword", Password), ("NewPassword", newPassword), ("ConfirmPassword", confirm)));
        var page = await PortalClient.ParseAsync(change);
        using var again = factory.CreatePortalClient();
        var login = await again.LoginAsync(userName, Password);

        Assert.Equal(HttpStatusCode.BadRequest, change.StatusCode);
        Assert.Contains(message, page.Errors());
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task ChangePassword_WithTheRightCurrentPassword_ReplacesTheOldOne()
    {
        const string newPassword = "Brand-new-pass-1";
        var (userName, _) = await factory.CreateUserAsync(Password, RoleNames.Staff);
        using var client = await factory.CreateClientAsAsync(userName, Password);

        var change = await client.SubmitFormAsync("/account/change-password", ChangePasswordForm, Fields(
            ("CurrentPassword", Password), ("NewPassword", newPassword), ("ConfirmPassword", newPassword)));
        using var withNew = factory.CreatePortalClient();
        var newLogin = await withNew.LoginAsync(userName, newPassword);
        using var withOld = factory.CreatePortalClient();
        var oldLogin = await withOld.LoginAsync(userName, Password);

        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, newLogin.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, oldLogin.StatusCode);
    }

    [Fact]
    public async Task Login_OfAUserCreatedInTheAdmin_LeadsToChangePasswordFirst()
    {
        var userName = "n" + Guid.NewGuid().ToString("N")[..10];
        using var admin = await factory.CreateAdminClientAsync();
        var create = await admin.SubmitFormAsync("/admin/users/create", "form[action='/admin/users/create']", Fields(
            ("UserName", userName), ("DisplayName", "新同事"), ("Password", Password), ("Roles", RoleNames.Staff)));
        using var client = factory.CreatePortalClient();

        var login = await client.LoginAsync(userName, Password);
        var adminPage = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/account/change-password", login.RedirectTarget());
        Assert.Equal("/account/change-password", adminPage.RedirectTarget());
        Assert.True(await factory.WithScopeAsync(async sp => (await sp.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName))!.MustChangePassword));
    }

    [Fact]
    public async Task Logout_WithTheTokenOfTheAdminLayout_SignsOut()
    {
        var (userName, _) = await factory.CreateUserAsync(Password, RoleNames.Staff);
        using var client = await factory.CreateClientAsAsync(userName, Password);

        var logout = await client.SubmitFormAsync("/admin", "form[action='/account/logout']");
        var admin = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/", logout.RedirectTarget());
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("/account/login", admin.RedirectTarget());
    }
}

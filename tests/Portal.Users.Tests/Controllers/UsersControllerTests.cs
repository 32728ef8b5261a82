using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Core.Security;
using Portal.Testing;
using static Portal.Users.Tests.PageHelpers;

namespace Portal.Users.Tests.Controllers;

[Collection(SharedSite.Name)]
public sealed class UsersControllerTests(PortalFactory factory)
{
    private const string CreateForm = "form[action='/admin/users/create']";
    private const string EditForm = "form[action$='/edit']";

    private static string NewUserName() => "n" + Guid.NewGuid().ToString("N")[..10];

    private static Task<PortalUser?> FindAsync(PortalFactory site, string userName)
        => site.WithScopeAsync(sp => sp.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName));

    [Fact]
    public async Task Create_WithATooShortPassword_ShowsTheRuleInChineseAndCreatesNothing()
    {
        var userName = NewUserName();
        using var admin = await factory.CreateAdminClientAsync();

        var response = await admin.SubmitFormAsync("/admin/users/create", CreateForm, Fields(
            ("UserName", userName), ("Password", "short1"), ("Roles", RoleNames.Staff)));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("密码至少需要 10 个字符", page.Errors());
        Assert.Null(await FindAsync(factory, userName));
    }

    [Theory]
    [InlineData("NoSuchRole")]
    [InlineData(RoleNames.Authenticated)]
    public async Task Create_WithARoleThatCannotBeAssigned_IsRefusedAndCreatesNothing(string role)
    {
        var userName = NewUserName();
        using var admin = await factory.CreateAdminClientAsync();

        var response = await admin.SubmitFormAsync("/admin/users/create", CreateForm, Fields(
            ("UserName", userName), ("Password", Password), ("Roles", role)));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("所选角色不存在", page.Errors());
        Assert.Null(await FindAsync(factory, userName));
    }

    [Fact]
    public async Task Create_WithAValidForm_CreatesTheUserInTheChosenRoles()
    {
        var userName = NewUserName();
        using var admin = await factory.CreateAdminClientAsync();

        var response = await admin.SubmitFormAsync("/admin/users/create", CreateForm, Fields(
            ("UserName", userName), ("DisplayName", "王晓明"), ("Password", Password), ("Roles", RoleNames.Volunteer)));
        var list = await admin.FollowAsync(response);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(userName, list.QuerySelector("table")!.TextContent);
        var roles = await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<PortalUser>>();
            return await users.GetRolesAsync((await users.FindByNameAsync(userName))!);
        });
        Assert.Equal([RoleNames.Volunteer], roles);
    }

    [Fact]
    public async Task Edit_RemovingTheAdministratorRoleFromTheLastAdministrator_IsRefused()
    {
        await using var site = new PortalFactory();
        using var admin = await site.CreateAdminClientAsync();
        var adminId = (await FindAsync(site, "admin"))!.Id;

        var response = await admin.SubmitFormAsync($"/admin/users/{adminId}/edit", EditForm, Fields(("Roles", RoleNames.Editor)));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不能取消最后一位系统管理员", page.Errors());
        var roles = await site.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<PortalUser>>();
            return await users.GetRolesAsync((await users.FindByIdAsync(adminId))!);
        });
        Assert.Equal([RoleNames.Administrator], roles);
    }

    [Fact]
    public async Task Edit_WithAStaleForm_IsRefusedAndKeepsTheEditSavedInBetween()
    {
        var (userName, id) = await factory.CreateUserAsync(Password, RoleNames.Volunteer);
        using var first = await factory.CreateAdminClientAsync();
        using var second = await factory.CreateAdminClientAsync();
        var staleForm = (await first.GetPageAsync($"/admin/users/{id}/edit")).QuerySelector<IHtmlFormElement>(EditForm)!;

        var saved = await second.SubmitFormAsync($"/admin/users/{id}/edit", EditForm, Fields(("DisplayName", "后保存的姓名")));
        var stale = await first.SubmitAsync(staleForm, Fields(("DisplayName", "过时的姓名")));
        var page = await PortalClient.ParseAsync(stale);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Contains("已被他人修改", page.Errors());
        Assert.Equal("后保存的姓名", (await FindAsync(factory, userName))!.DisplayName);
    }

    [Fact]
    public async Task Edit_WithANewPassword_ReplacesItAndAsksForAChangeAtNextSignIn()
    {
        const string reset = "Reset-pass-2026";
        var (userName, id) = await factory.CreateUserAsync(Password, RoleNames.Volunteer);
        using var admin = await factory.CreateAdminClientAsync();

        var response = await admin.SubmitFormAsync($"/admin/users/{id}/edit", EditForm, Fields(("Password", reset)));
        using var client = factory.CreatePortalClient();
        var login = await client.LoginAsync(userName, reset);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/change-password", login.RedirectTarget());
    }

    [Fact]
    public async Task Edit_WithATooShortNewPassword_IsRefusedAndLeavesTheAccountAsItWas()
    {
        var (userName, id) = await factory.CreateUserAsync(Password, RoleNames.Volunteer);
        using var admin = await factory.CreateAdminClientAsync();

        var response = await admin.SubmitFormAsync($"/admin/users/{id}/edit", EditForm, Fields(("DisplayName", "未保存的姓名"), ("Password", "short1")));
        using var client = factory.CreatePortalClient();
        var login = await client.LoginAsync(userName, Password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("测试用户", (await FindAsync(factory, userName))!.DisplayName);
    }
}

using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Core.Security;
using Portal.Testing;
using static Portal.Users.Tests.PageHelpers;

namespace Portal.Users.Tests.Controllers;

/// <summary>Rights handed on stay within the rights one holds, and taking them away counts at once.</summary>
public sealed class DelegationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>A role holding only <paramref name="permissions"/>, created straight in the store.</summary>
    private Task<string> RoleWithAsync(params string[] permissions) => factory.WithScopeAsync(async sp =>
    {
        var name = "Delegate" + Guid.NewGuid().ToString("N")[..8];
        var role = await sp.GetRequiredService<RoleService>().EnsureAsync(name);
        await sp.GetRequiredService<RolePermissions>().SetAsync(role, permissions);
        return name;
    });

    private Task<IList<string>> RolesOfAsync(string userName) => factory.WithScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<PortalUser>>();
        return await users.GetRolesAsync((await users.FindByNameAsync(userName))!);
    });

    [Fact]
    public async Task ADemotedAdministrator_LosesTheirRightsOnTheNextRequest()
    {
        var (userName, id) = await factory.CreateUserAsync(Password, RoleNames.Administrator);
        using var demoted = await factory.CreateClientAsAsync(userName, Password);
        using var admin = await factory.CreateAdminClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await demoted.GetAsync("/admin/users")).StatusCode);

        var save = await admin.SubmitFormAsync($"/admin/users/{id}/edit", "form[action$='/edit']", Fields(("Roles", RoleNames.Staff)));
        var afterwards = await demoted.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Fact]
    public async Task AUserManagerWhoIsNotAnAdministrator_CannotMakeAnAdministrator()
    {
        var managers = await RoleWithAsync("ManageUsers", "AccessAdmin");
        var (manager, _) = await factory.CreateUserAsync(Password, managers);
        var (target, targetId) = await factory.CreateUserAsync(Password, RoleNames.Staff);
        using var client = await factory.CreateClientAsAsync(manager, Password);

        var response = await client.SubmitFormAsync($"/admin/users/{targetId}/edit", "form[action$='/edit']", Fields(("Roles", RoleNames.Administrator)));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("只有系统管理员可以授予", page.Errors());
        Assert.Equal([RoleNames.Staff], await RolesOfAsync(target));
    }

    [Fact]
    public async Task AUserManagerWhoIsNotAnAdministrator_CannotResetAnAdministratorsPassword()
    {
        var managers = await RoleWithAsync("ManageUsers", "AccessAdmin");
        var (manager, _) = await factory.CreateUserAsync(Password, managers);
        var (administrator, administratorId) = await factory.CreateUserAsync(Password, RoleNames.Administrator);
        using var client = await factory.CreateClientAsAsync(manager, Password);

        var response = await client.PostWithTokenAsync("/admin/users", $"/admin/users/{administratorId}/edit",
            ("Roles", RoleNames.Administrator), ("Password", "Taken-over-2026"), ("ConcurrencyStamp", await StampAsync(administrator)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreatePortalClient().LoginAsync(administrator, Password)).StatusCode);
    }

    [Fact]
    public async Task ARoleManager_CannotGrantAPermissionTheyDoNotHold()
    {
        var managers = await RoleWithAsync("ManageRoles", "AccessAdmin");
        var (manager, _) = await factory.CreateUserAsync(Password, managers);
        using var client = await factory.CreateClientAsAsync(manager, Password);

        await client.PostWithTokenAsync($"/admin/roles/{managers}", $"/admin/roles/{managers}",
            ("granted", "ManageRoles"), ("granted", "AccessAdmin"), ("granted", "ManageUsers"));
        var grants = await factory.WithScopeAsync(async sp => (await sp.GetRequiredService<RolePermissions>().GetAllAsync())[managers]);

        Assert.DoesNotContain("ManageUsers", (IReadOnlySet<string>)grants);
    }

    [Fact]
    public async Task BlankRoleAndPermissionEntries_AreIgnoredRatherThanFailing()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var role = await RoleWithAsync("AccessAdmin");

        var grant = await admin.PostWithTokenAsync($"/admin/roles/{role}", $"/admin/roles/{role}", ("granted", ""), ("granted", "AccessAdmin"));
        var create = await admin.PostWithTokenAsync("/admin/users/create", "/admin/users/create",
            ("UserName", "blank" + Guid.NewGuid().ToString("N")[..8]), ("Password", "Blank-roles-2026"), ("Roles", ""));

        Assert.Equal(HttpStatusCode.Redirect, grant.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
    }

    [Fact]
    public async Task ADisplayNameTooLong_IsRefusedWithItsLimit()
    {
        using var admin = await factory.CreateAdminClientAsync();

        var response = await admin.PostWithTokenAsync("/admin/users/create", "/admin/users/create",
            ("UserName", "long" + Guid.NewGuid().ToString("N")[..8]), ("Password", "Long-name-2026"), ("DisplayName", new string('长', 65)));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不超过 64", page.Errors());
    }

    private Task<string> StampAsync(string userName) => factory.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName))!.ConcurrencyStamp!);
}

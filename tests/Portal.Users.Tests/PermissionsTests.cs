using System.Net;
using Portal.Abstractions.Security;
using Portal.Testing;
using static Portal.Users.Tests.PageHelpers;

namespace Portal.Users.Tests;

/// <summary>Who may open the users and roles pages: the permissions, not the role names, decide.</summary>
[Collection(SharedSite.Name)]
public sealed class PermissionsTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/roles")]
    public async Task AnAnonymousVisitor_IsSentToTheLoginPageWithTheWayBack(string url)
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=" + Uri.EscapeDataString(url), response.RedirectTarget());
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/users")]
    [InlineData("/admin/roles")]
    public async Task AVolunteer_IsForbidden(string url)
    {
        var (userName, _) = await factory.CreateUserAsync(Password, RoleNames.Volunteer);
        using var client = await factory.CreateClientAsAsync(userName, Password);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Staff_OpenTheAdminButNotTheUsersOrRoles()
    {
        var (userName, _) = await factory.CreateUserAsync(Password, RoleNames.Staff);
        using var client = await factory.CreateClientAsAsync(userName, Password);

        var dashboard = await client.GetAsync("/admin");
        var users = await client.GetAsync("/admin/users");
        var roles = await client.GetAsync("/admin/roles");

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, users.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, roles.StatusCode);
    }

    [Fact]
    public async Task AForgedUnlockWithoutManageUsers_IsForbiddenAndLeavesTheUserLocked()
    {
        var (lockedName, lockedId) = await factory.CreateUserAsync(Password, RoleNames.Volunteer);
        using (var attacker = factory.CreatePortalClient())
            for (var i = 0; i < 5; i++)
                await attacker.LoginAsync(lockedName, "Wrong-pass-2026");
        var (staffName, _) = await factory.CreateUserAsync(Password, RoleNames.Staff);
        using var staff = await factory.CreateClientAsAsync(staffName, Password);

        var unlock = await staff.PostWithTokenAsync("/admin", $"/admin/users/{lockedId}/unlock");
        using var client = factory.CreatePortalClient();
        var login = await client.LoginAsync(lockedName, Password);

        Assert.Equal(HttpStatusCode.Forbidden, unlock.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
    }
}

using Portal.Abstractions.Security;
using Portal.Testing;
using static Portal.Users.Tests.PageHelpers;

namespace Portal.Users.Tests;

[Collection(SharedSite.Name)]
public sealed class AdminMenuTests(PortalFactory factory)
{
    [Fact]
    public async Task TheAdministratorsMenu_ListsUsersRolesAndUnits()
    {
        using var admin = await factory.CreateAdminClientAsync();

        var page = await admin.GetPageAsync("/admin");

        Assert.Contains("用户", page.MenuLinks());
        Assert.Contains("角色与权限", page.MenuLinks());
        Assert.Contains("单位管理", page.MenuLinks());
        Assert.NotNull(page.QuerySelector("nav.sidebar a[href='/admin/users']"));
        Assert.NotNull(page.QuerySelector("nav.sidebar a[href='/admin/roles']"));
    }

    [Fact]
    public async Task AStaffMembersMenu_ListsUnitsButNotUsersOrRoles()
    {
        var (userName, _) = await factory.CreateUserAsync(Password, RoleNames.Staff);
        using var client = await factory.CreateClientAsAsync(userName, Password);

        var page = await client.GetPageAsync("/admin");

        Assert.Contains("单位管理", page.MenuLinks());
        Assert.DoesNotContain("用户", page.MenuLinks());
        Assert.DoesNotContain("角色与权限", page.MenuLinks());
    }
}

using System.Net;
using Portal.Abstractions.Security;
using Portal.Testing;
using static Portal.Admin.Tests.PageHelpers;

namespace Portal.Admin.Tests.Controllers;

public sealed class DashboardControllerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static IReadOnlyList<string> CardTitles(AngleSharp.Dom.IDocument page)
        => page.QuerySelectorAll("main .card h2").Select(h => h.TextContent.Trim()).ToList();

    [Fact]
    public async Task TheAdministrator_IsGreetedAndSeesEveryMenuGroup()
    {
        using var admin = await factory.CreateAdminClientAsync();

        var page = await admin.GetPageAsync("/admin");

        Assert.Contains("您好", page.QuerySelector("main h1")!.TextContent);
        Assert.Contains("admin", page.QuerySelector("main h1")!.TextContent);
        Assert.Contains("组织架构", CardTitles(page));
        Assert.Contains("系统", CardTitles(page));
        Assert.NotNull(page.QuerySelector("main .card a[href='/admin/features']"));
        Assert.NotNull(page.QuerySelector("main .card a[href='/admin/recipes']"));
    }

    [Fact]
    public async Task Staff_SeeOnlyTheGroupsTheyMayUse()
    {
        var (userName, _) = await factory.CreateUserAsync(Password, RoleNames.Staff);
        using var client = await factory.CreateClientAsAsync(userName, Password);

        var page = await client.GetPageAsync("/admin");

        Assert.Contains("您好", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal(["组织架构", "志愿服务", "阵地资源"], CardTitles(page));
    }

    [Fact]
    public async Task AVolunteer_IsForbidden()
    {
        var (userName, _) = await factory.CreateUserAsync(Password, RoleNames.Volunteer);
        using var client = await factory.CreateClientAsAsync(userName, Password);

        var response = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

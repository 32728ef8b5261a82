using Portal.Testing;

namespace Portal.Volunteers.Tests.Display;

[Collection(SharedSite.Name)]
public sealed class VolunteersPagesTests(PortalFactory factory)
{
    [Fact]
    public async Task TheMainNavigation_LeadsToTheVolunteersPage_WhichLeadsEverywhereElse()
    {
        using var client = factory.CreatePortalClient();

        var home = await client.GetPageAsync("/");
        Assert.Contains(home.QuerySelectorAll(".main-nav a"), a => a.TextContent == "志愿服务" && a.GetAttribute("href") == "/volunteers");
        Assert.Contains(home.QuerySelectorAll(".guide-card a"), a => a.GetAttribute("href") == "/volunteers/register");

        var page = await client.GetPageAsync("/volunteers");
        Assert.Equal(
            ["/volunteers/register", "/volunteers/me", "/volunteers/teams", "/volunteers/honor", "/volunteers/supermarket"],
            page.QuerySelectorAll(".guide-card h3 a").Select(a => a.GetAttribute("href")));
        foreach (var target in new[] { "/volunteers/register", "/volunteers/teams", "/volunteers/honor", "/volunteers/supermarket" })
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(target)).StatusCode);
    }
}

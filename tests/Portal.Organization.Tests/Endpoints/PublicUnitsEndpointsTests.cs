using System.Net;
using Portal.Testing;

namespace Portal.Organization.Tests.Endpoints;

[Collection(SharedSite.Name)]
public sealed class PublicUnitsEndpointsTests(PortalFactory factory)
{
    [Fact]
    public async Task TheUnitsPage_ListsTheCenterInstitutesAndStations()
    {
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync("/units");

        Assert.Contains("实践阵地", page.Title);
        Assert.Contains("江阴市新时代文明实践中心", page.Body!.TextContent);
        Assert.Contains("周庄镇新时代文明实践所", page.Body.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/units/JY-ZZ-CJ']"));
    }

    [Fact]
    public async Task AUnitPage_ShowsItsDetailsParentAndChildren()
    {
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync("/units/JY-HS-HX");

        Assert.Contains("华西村新时代文明实践站", page.Title);
        Assert.Contains("华士镇华西村文化礼堂", page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/units/JY-HS']"));
        Assert.NotNull(page.QuerySelector("a[href='/units/JY-HS-HX-SC']"));
    }

    [Fact]
    public async Task AnUnknownUnit_Answers404()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/units/NO-SUCH-UNIT");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Portal.Organization.Contracts;
using Portal.Testing;

namespace Portal.Organization.Tests.Controllers;

[Collection(SharedSite.Name)]
public sealed class UnitsControllerTests(PortalFactory factory)
{
    private static Dictionary<string, string> Name(string name) => new() { ["Name"] = name };

    [Fact]
    public async Task StaffOfAStation_EditsTheirOwnStation()
    {
        var (_, stations) = await factory.CreateInstituteAsync();
        var (_, staff) = await factory.CreateStaffAsync(stations[0].Id);

        var response = await staff.SubmitFormAsync($"/admin/units/{stations[0].Id}/edit", "form[action$='/edit']", Name("改名后的实践站"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("改名后的实践站", (await factory.FindUnitAsync(stations[0].Id))!.Name);
    }

    [Fact]
    public async Task StaffOfStationA_CannotOpenOrEditStationB()
    {
        var (_, stations) = await factory.CreateInstituteAsync();
        var (a, b) = (stations[0], stations[1]);
        var (_, staff) = await factory.CreateStaffAsync(a.Id);
        var ownForm = await staff.GetPageAsync($"/admin/units/{a.Id}/edit");
        var token = ownForm.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var open = await staff.GetAsync($"/admin/units/{b.Id}/edit");
        var post = await staff.Http.PostAsync($"/admin/units/{b.Id}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Name"] = "被越权修改", ["Kind"] = "Station", ["ParentId"] = b.ParentId.ToString()!, ["Version"] = b.Version.ToString(),
        }));

        Assert.Equal(HttpStatusCode.Forbidden, open.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(b.Name, (await factory.FindUnitAsync(b.Id))!.Name);
    }

    [Fact]
    public async Task StaffOfAnInstitute_SeeOnlyTheirUnitsInTheTree()
    {
        var (institute, stations) = await factory.CreateInstituteAsync();
        var (other, _) = await factory.CreateInstituteAsync(stations: 0);
        var (_, staff) = await factory.CreateStaffAsync(institute.Id);

        var tree = (await staff.GetPageAsync("/admin/units")).QuerySelector("table.unit-tree")!.TextContent;

        Assert.Contains(institute.Name, tree);
        Assert.Contains(stations[1].Name, tree);
        Assert.DoesNotContain(other.Name, tree);
        Assert.DoesNotContain("江阴市新时代文明实践中心", tree);
    }

    [Fact]
    public async Task StaffOfAnInstitute_CannotMoveAStationToAnotherInstitute()
    {
        var (institute, stations) = await factory.CreateInstituteAsync(stations: 1);
        var (other, _) = await factory.CreateInstituteAsync(stations: 0);
        var (_, staff) = await factory.CreateStaffAsync(institute.Id);

        var response = await staff.SubmitFormAsync($"/admin/units/{stations[0].Id}/edit", "form[action$='/edit']",
            new Dictionary<string, string> { ["ParentId"] = other.Id.ToString() });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(institute.Id, (await factory.FindUnitAsync(stations[0].Id))!.ParentId);
    }

    [Fact]
    public async Task MovingAUnitUnderItsOwnDescendant_IsRefusedAndChangesNothing()
    {
        var (institute, stations) = await factory.CreateInstituteAsync(stations: 1);
        var point = await factory.CreateUnitAsync(UnitKind.Point, stations[0].Id);
        using var admin = await factory.CreateAdminClientAsync();

        var response = await admin.SubmitFormAsync($"/admin/units/{stations[0].Id}/edit", "form[action$='/edit']",
            new Dictionary<string, string> { ["ParentId"] = point.Id.ToString() });
        var page = await PortalClient.ParseAsync(response);
        var errors = page.Errors();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不能把", errors);
        Assert.Contains("下级单位", errors);
        var unchanged = await factory.FindUnitAsync(stations[0].Id);
        Assert.Equal(institute.Id, unchanged!.ParentId);
        Assert.Equal(stations[0].Version, unchanged.Version);
    }

    [Fact]
    public async Task AStaleEdit_IsRefusedAndTheOtherEditIsKept()
    {
        var (_, stations) = await factory.CreateInstituteAsync(stations: 1);
        var url = $"/admin/units/{stations[0].Id}/edit";
        using var first = await factory.CreateAdminClientAsync();
        using var second = await factory.CreateAdminClientAsync();
        var secondForm = await second.GetPageAsync(url);

        await first.SubmitFormAsync(url, "form[action$='/edit']", Name("第一位编辑的名称"));
        var response = await second.SubmitAsync(secondForm.QuerySelector<IHtmlFormElement>("form[action$='/edit']")!, Name("第二位编辑的名称"));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("已被他人修改", page.Body!.TextContent);
        Assert.Equal("第一位编辑的名称", (await factory.FindUnitAsync(stations[0].Id))!.Name);
    }

    [Fact]
    public async Task CreatingAUnitWithBadInput_ShowsEachProblemAndCreatesNothing()
    {
        var (institute, _) = await factory.CreateInstituteAsync(stations: 0);
        using var admin = await factory.CreateAdminClientAsync();
        var code = OrganizationTestData.NewCode();

        var response = await admin.SubmitFormAsync($"/admin/units/create?parentId={institute.Id}", "form[action$='/create']",
            new Dictionary<string, string> { ["Code"] = code, ["Name"] = " ", ["ContactPhone"] = "电话号码", ["Kind"] = "Station" });
        var page = await PortalClient.ParseAsync(response);
        var errors = page.Errors();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请填写单位名称", errors);
        Assert.Contains("联系电话应为 11 位手机号码，或带区号的固定电话", errors);
        Assert.Null(await factory.WithScopeAsync(sp => sp
            .GetRequiredService<IUnitDirectory>().FindByCodeAsync(code)));
    }

    [Fact]
    public async Task DeletingAUnitWithSubUnits_IsRefused()
    {
        var (institute, _) = await factory.CreateInstituteAsync(stations: 1);
        using var admin = await factory.CreateAdminClientAsync();

        await admin.SubmitFormAsync($"/admin/units/{institute.Id}/edit", "form[action$='/delete']");
        var list = await admin.GetPageAsync("/admin/units");

        Assert.Contains("还有下级单位", list.Body!.TextContent);
        Assert.NotNull(await factory.FindUnitAsync(institute.Id));
    }

    [Fact]
    public async Task AnonymousVisitors_AreSentToLogin_AndVolunteersAreRefused()
    {
        using var anonymous = factory.CreatePortalClient();
        var (volunteer, _) = await factory.CreateUserAsync(OrganizationTestData.Password, Portal.Abstractions.Security.RoleNames.Volunteer);
        using var client = await factory.CreateClientAsAsync(volunteer, OrganizationTestData.Password);

        var redirected = await anonymous.GetAsync("/admin/units");
        var refused = await client.GetAsync("/admin/units");

        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.StartsWith("/account/login", redirected.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}

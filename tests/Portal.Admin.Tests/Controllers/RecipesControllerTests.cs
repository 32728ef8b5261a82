using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Core.Data;
using Portal.Organization.Contracts;
using Portal.Testing;
using static Portal.Admin.Tests.PageHelpers;

namespace Portal.Admin.Tests.Controllers;

public sealed class RecipesControllerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string SiteName = "江阴市新时代文明实践中心";

    private static async Task<IDocument> UploadAsync(PortalClient admin, string fileName, string content)
    {
        var token = await admin.AntiforgeryTokenAsync("/admin/recipes");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "file", fileName);

        var response = await admin.Http.PostAsync("/admin/recipes/upload", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await admin.FollowAsync(response);
    }

    private Task<IReadOnlyList<UnitInfo>> TreeAsync()
        => factory.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().GetTreeAsync());

    private Task<UnitInfo?> FindUnitAsync(string code)
        => factory.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync(code));

    [Fact]
    public async Task Index_ListsTheShippedPilotRecipe()
    {
        using var admin = await factory.CreateAdminClientAsync();

        var page = await admin.GetPageAsync("/admin/recipes");

        Assert.Contains("jiangyin-pilot.recipe.json", page.QuerySelector("table")!.TextContent);
        Assert.Contains("江阴试点站点", page.QuerySelector("table")!.TextContent);
        Assert.NotNull(page.QuerySelector("form[action='/admin/recipes/run/jiangyin-pilot']"));
    }

    [Fact]
    public async Task RunningThePilotRecipeAgain_ChangesNoUnit()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var before = await TreeAsync();

        var response = await admin.SubmitFormAsync("/admin/recipes", "form[action='/admin/recipes/run/jiangyin-pilot']");
        var page = await admin.FollowAsync(response);
        var after = await TreeAsync();

        Assert.Contains("已执行", page.Successes());
        Assert.Empty(page.Errors());
        Assert.Equal(before.Where(u => u.Code.StartsWith("JY", StringComparison.Ordinal)), after.Where(u => u.Code.StartsWith("JY", StringComparison.Ordinal)));
        Assert.Equal(before.Count, after.Count);
    }

    [Fact]
    public async Task UploadingARecipeThatFailsAtItsThirdStep_NamesTheStepAndPathAndUndoesTheFirstTwo()
    {
        var code = "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        using var admin = await factory.CreateAdminClientAsync();

        var page = await UploadAsync(admin, "failing.recipe.json", $$"""
            {
              "name": "failing",
              "steps": [
                { "name": "settings", "values": { "Site": { "name": "被改掉的站点名称" } } },
                { "name": "units", "units": [ { "code": "{{code}}", "name": "上传的实践所", "kind": "Institute", "parent": "JY" } ] },
                { "name": "units", "units": [ { "code": "{{code}}-S", "name": "上传的实践站", "kind": "Station", "parent": "NO-SUCH-UNIT" } ] }
              ]
            }
            """);
        using var visitor = factory.CreatePortalClient();
        var home = await visitor.GetPageAsync("/");

        Assert.Contains("步骤 2", page.Errors());
        Assert.Contains("$.steps[2].units[0].parent", page.Errors());
        Assert.Contains("NO-SUCH-UNIT", page.Errors());
        Assert.Contains(SiteName, home.Title);
        Assert.DoesNotContain("被改掉的站点名称", home.DocumentElement.TextContent);
        Assert.Null(await FindUnitAsync(code));
    }

    [Fact]
    public async Task UploadingARecipeThatSwitchesAFeatureAndThenFails_LeavesTheFeatureAsItWas()
    {
        await using var site = new PortalFactory();
        using var admin = await site.CreateAdminClientAsync();

        var page = await UploadAsync(admin, "half.recipe.json", """
            {
              "name": "half",
              "steps": [
                { "name": "feature", "disable": [ "Portal.Organization.PublicPages" ] },
                { "name": "units", "units": [ { "code": "X1", "name": "无上级的实践站", "kind": "Station", "parent": "NO-SUCH-UNIT" } ] }
              ]
            }
            """);
        using var visitor = site.CreatePortalClient();
        var units = await visitor.GetAsync("/units");
        var stored = await site.WithScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().Features
            .Where(f => f.FeatureId == OrganizationFeature.PublicPages).Select(f => f.Enabled).SingleAsync());

        Assert.Contains("$.steps[1].units[0].parent", page.Errors());
        Assert.Equal(HttpStatusCode.OK, units.StatusCode);
        Assert.True(stored);
    }

    [Fact]
    public async Task UploadingAFileThatIsNotJson_IsRefusedSayingSo()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var before = await TreeAsync();

        var page = await UploadAsync(admin, "notes.txt", "这不是配方，只是一段文字。");

        Assert.Contains("不是有效的 JSON", page.Errors());
        Assert.Contains("未作任何更改", page.Errors());
        Assert.Empty(page.Successes());
        Assert.Equal(before.Count, (await TreeAsync()).Count);
    }

    [Fact]
    public async Task UploadingAFileThatIsNotJson_DoesNotNameAStepThatDoesNotExist()
    {
        using var admin = await factory.CreateAdminClientAsync();

        var page = await UploadAsync(admin, "notes.txt", "这不是配方，只是一段文字。");

        Assert.DoesNotContain("步骤 -1", page.Errors());
    }

    [Fact]
    public async Task UploadingARecipeWithAnUnknownStep_IsRefusedNamingTheStep()
    {
        using var admin = await factory.CreateAdminClientAsync();

        var page = await UploadAsync(admin, "unknown.recipe.json", """
            { "name": "unknown-step", "steps": [ { "name": "settings", "values": { "Site": { "name": "不该保存的名称" } } }, { "name": "frobnicate" } ] }
            """);
        using var visitor = factory.CreatePortalClient();
        var home = await visitor.GetPageAsync("/");

        Assert.Contains("步骤 1", page.Errors());
        Assert.Contains("$.steps[1].name", page.Errors());
        Assert.Contains("frobnicate", page.Errors());
        Assert.Contains(SiteName, home.Title);
    }

    [Fact]
    public async Task UploadingARecipeThatDisablesThePublicPagesThenOrganization_DisablesBoth()
    {
        await using var site = new PortalFactory();
        using var admin = await site.CreateAdminClientAsync();

        var page = await UploadAsync(admin, "off.recipe.json", """
            { "name": "off", "steps": [ { "name": "feature", "disable": [ "Portal.Organization.PublicPages", "Portal.Resources", "Portal.Activities", "Portal.Volunteers", "Portal.Needs", "Portal.Organization" ] } ] }
            """);
        var units = await admin.GetAsync("/admin/units");

        Assert.Empty(page.Errors());
        Assert.Equal(HttpStatusCode.NotFound, units.StatusCode);
    }

    [Fact]
    public async Task AUserWithoutRunRecipes_IsForbiddenThePageAndAnUpload()
    {
        var (userName, _) = await factory.CreateUserAsync(Password, RoleNames.Staff);
        using var staff = await factory.CreateClientAsAsync(userName, Password);

        var page = await staff.GetAsync("/admin/recipes");
        var run = await staff.PostWithTokenAsync("/admin", "/admin/recipes/run/jiangyin-pilot");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, run.StatusCode);
    }
}

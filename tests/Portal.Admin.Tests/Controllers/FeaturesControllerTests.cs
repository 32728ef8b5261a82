using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Organization.Contracts;
using Portal.Testing;
using static Portal.Admin.Tests.PageHelpers;

namespace Portal.Admin.Tests.Controllers;

/// <summary>
/// A feature switch changes the whole site, so the tests that switch one get a site of their own;
/// the shared one is only read or sent refused requests.
/// </summary>
public sealed class FeaturesControllerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Organization = OrganizationFeature.Id;
    private const string PublicPages = OrganizationFeature.PublicPages;
    private const string Volunteers = Portal.Volunteers.Contracts.VolunteersFeature.Id;
    private const string Activities = Portal.Activities.Contracts.ActivitiesFeature.Id;
    private const string Needs = Portal.Needs.Contracts.NeedsFeature.Id;
    private const string Resources = Portal.Resources.Contracts.ResourcesFeature.Id;

    private static string Form(string featureId, string action) => $"form[action='/admin/features/{featureId}/{action}']";

    private static IElement Row(IDocument page, string featureId)
        => page.QuerySelector($"#feature-{featureId.Replace(".", "\\.")}") ?? throw new InvalidOperationException($"no row for {featureId}");

    private static async Task<HttpResponseMessage> SwitchAsync(PortalClient admin, string featureId, string action)
    {
        var response = await admin.SubmitFormAsync("/admin/features", Form(featureId, action));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    private static async Task<(HttpStatusCode Units, bool NavLink, bool Widget)> PublicSideAsync(PortalFactory site)
    {
        using var visitor = site.CreatePortalClient();
        var units = await visitor.GetAsync("/units");
        var home = await visitor.GetPageAsync("/");
        return (units.StatusCode, home.QuerySelector("nav.main-nav a[href='/units']") is not null, home.QuerySelector("section.units-summary") is not null);
    }

    [DatabaseSensitive("the feature state is read back from the database at once")]
    [Fact]
    public async Task DisablingThePublicPages_HidesThemAtOnce_AndEnablingBringsThemBack()
    {
        await using var site = new PortalFactory();
        using var admin = await site.CreateAdminClientAsync();
        var before = await PublicSideAsync(site);

        await SwitchAsync(admin, PublicPages, "disable");
        var disabled = await PublicSideAsync(site);
        using var visitor = site.CreatePortalClient();
        var unitPage = await visitor.GetAsync("/units/JY");
        var home = await visitor.GetPageAsync("/");
        await SwitchAsync(admin, PublicPages, "enable");
        var enabled = await PublicSideAsync(site);

        Assert.Equal((HttpStatusCode.OK, true, true), before);
        Assert.Equal((HttpStatusCode.NotFound, false, false), disabled);
        Assert.Equal(HttpStatusCode.NotFound, unitPage.StatusCode);
        Assert.DoesNotContain(home.QuerySelectorAll("nav.main-nav a"), a => a.TextContent.Trim() == "实践阵地");
        Assert.Equal((HttpStatusCode.OK, true, true), enabled);
    }

    [Fact]
    public async Task DisablingThePublicPages_LeavesNoLinkToThemOnTheHomePage()
    {
        await using var site = new PortalFactory();
        using var admin = await site.CreateAdminClientAsync();

        await SwitchAsync(admin, PublicPages, "disable");
        using var visitor = site.CreatePortalClient();
        var home = await visitor.GetPageAsync("/");

        Assert.Empty(home.QuerySelectorAll("a[href^='/units']").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task DisablingOrganization_WhileThePublicPagesNeedIt_IsRefusedNamingThem()
    {
        await using var site = new PortalFactory();
        using var admin = await site.CreateAdminClientAsync();

        var response = await SwitchAsync(admin, Organization, "disable");
        var page = await admin.FollowAsync(response);
        var units = await admin.GetAsync("/admin/units");

        Assert.Contains("实践阵地公开页面", page.Errors());
        Assert.Contains("已启用", Row(page, Organization).TextContent);
        Assert.Contains("已启用", Row(page, PublicPages).TextContent);
        Assert.Equal(HttpStatusCode.OK, units.StatusCode);
        Assert.Equal((HttpStatusCode.OK, true, true), await PublicSideAsync(site));
    }

    [Fact]
    public async Task DisablingOrganization_RemovesItsAdminPageMenuAndPermissions()
    {
        await using var site = new PortalFactory();
        using var admin = await site.CreateAdminClientAsync();
        var staffRoleBefore = await admin.GetPageAsync($"/admin/roles/{RoleNames.Staff}");

        await SwitchAsync(admin, PublicPages, "disable");
        await SwitchAsync(admin, Resources, "disable");
        await SwitchAsync(admin, Activities, "disable");
        await SwitchAsync(admin, Volunteers, "disable");
        await SwitchAsync(admin, Needs, "disable");
        var response = await SwitchAsync(admin, Organization, "disable");
        var features = await admin.FollowAsync(response);
        var units = await admin.GetAsync("/admin/units");
        var dashboard = await admin.GetPageAsync("/admin");
        var staffRole = await admin.GetPageAsync($"/admin/roles/{RoleNames.Staff}");

        Assert.NotNull(staffRoleBefore.QuerySelector("#perm-EditOwnUnits"));
        Assert.Empty(features.Errors());
        Assert.Contains("已停用", Row(features, Organization).TextContent);
        Assert.Equal(HttpStatusCode.NotFound, units.StatusCode);
        Assert.DoesNotContain("单位管理", dashboard.MenuLinks());
        Assert.Null(staffRole.QuerySelector("#perm-EditOwnUnits"));
        Assert.DoesNotContain("EditOwnUnits", staffRole.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task EnablingThePublicPages_AlsoEnablesOrganizationTheyDependOn()
    {
        await using var site = new PortalFactory();
        using var admin = await site.CreateAdminClientAsync();
        await SwitchAsync(admin, PublicPages, "disable");
        await SwitchAsync(admin, Resources, "disable");
        await SwitchAsync(admin, Activities, "disable");
        await SwitchAsync(admin, Volunteers, "disable");
        await SwitchAsync(admin, Needs, "disable");
        await SwitchAsync(admin, Organization, "disable");

        var response = await SwitchAsync(admin, PublicPages, "enable");
        var features = await admin.FollowAsync(response);
        var units = await admin.GetAsync("/admin/units");

        Assert.Contains("组织架构", features.Successes());
        Assert.Contains("实践阵地公开页面", features.Successes());
        Assert.Contains("已启用", Row(features, Organization).TextContent);
        Assert.Contains("已启用", Row(features, PublicPages).TextContent);
        Assert.Equal(HttpStatusCode.OK, units.StatusCode);
        Assert.Equal((HttpStatusCode.OK, true, true), await PublicSideAsync(site));
    }

    [Fact]
    public async Task AFeatureSwitch_IsStoredAndSurvivesReloadingTheState()
    {
        await using var site = new PortalFactory();
        using var admin = await site.CreateAdminClientAsync();

        await SwitchAsync(admin, PublicPages, "disable");
        var stored = await site.WithScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().Features.AsNoTracking()
            .Where(f => f.FeatureId == Organization || f.FeatureId == PublicPages)
            .ToDictionaryAsync(f => f.FeatureId, f => f.Enabled));
        var reloaded = await site.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<FeatureManager>().LoadAsync();
            var state = sp.GetRequiredService<FeatureState>();
            return (Organization: state.IsEnabled(Organization), PublicPages: state.IsEnabled(PublicPages));
        });

        Assert.Equal(new Dictionary<string, bool> { [Organization] = true, [PublicPages] = false }, stored);
        Assert.Equal((true, false), reloaded);
        Assert.Equal(HttpStatusCode.NotFound, (await PublicSideAsync(site)).Units);
    }

    [Theory]
    [InlineData("Portal.Admin", "/admin/features")]
    [InlineData("Portal.Users", "/admin/users")]
    public async Task AnAlwaysEnabledFeature_IsMarkedRequiredAndAForgedDisableIsRefused(string featureId, string itsPage)
    {
        using var admin = await factory.CreateAdminClientAsync();
        var before = await admin.GetPageAsync("/admin/features");

        var response = await admin.PostWithTokenAsync("/admin/features", $"/admin/features/{featureId}/disable");
        var after = await admin.FollowAsync(response);

        Assert.Contains("必需", Row(before, featureId).TextContent);
        Assert.Null(Row(before, featureId).QuerySelector("form"));
        Assert.Contains("是必需功能，不能停用", after.Errors());
        Assert.Contains("已启用", Row(after, featureId).TextContent);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(itsPage)).StatusCode);
    }

    [Fact]
    public async Task AUserWithoutManageFeatures_IsForbiddenThePageAndAForgedSwitch()
    {
        var (userName, _) = await factory.CreateUserAsync(Password, RoleNames.Staff);
        using var staff = await factory.CreateClientAsAsync(userName, Password);

        var page = await staff.GetAsync("/admin/features");
        var forged = await staff.PostWithTokenAsync("/admin", $"/admin/features/{PublicPages}/disable");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal((HttpStatusCode.OK, true, true), await PublicSideAsync(factory));
    }
}

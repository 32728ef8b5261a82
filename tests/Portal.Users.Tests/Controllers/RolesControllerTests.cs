using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Core.Security;
using Portal.Testing;
using static Portal.Users.Tests.PageHelpers;

namespace Portal.Users.Tests.Controllers;

public sealed class RolesControllerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string CreateForm = "form[action='/admin/roles/create']";

    private static string NewRoleName() => "Reviewer" + Guid.NewGuid().ToString("N")[..8];

    private async Task<string> CreateRoleAsync(PortalClient admin)
    {
        var name = NewRoleName();
        var response = await admin.SubmitFormAsync("/admin/roles", CreateForm, Fields(("name", name), ("description", "审核员")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/roles/{name}", response.RedirectTarget());
        return name;
    }

    private Task<IReadOnlySet<string>> GrantsOfAsync(string role) => factory.WithScopeAsync(async sp =>
        (IReadOnlySet<string>)((await sp.GetRequiredService<RolePermissions>().GetAllAsync()).GetValueOrDefault(role)?.ToHashSet() ?? []));

    private Task<bool> RoleExistsAsync(string role)
        => factory.WithScopeAsync(sp => sp.GetRequiredService<RoleManager<PortalRole>>().RoleExistsAsync(role));

    [Fact]
    public async Task GrantingManageUsersToACustomRole_LetsItsMembersOpenTheUsersPage()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var role = await CreateRoleAsync(admin);
        var (userName, _) = await factory.CreateUserAsync(Password, role);
        using var member = await factory.CreateClientAsAsync(userName, Password);
        var before = await member.GetAsync("/admin/users");

        var grant = await admin.SubmitFormAsync($"/admin/roles/{role}", $"form[action='/admin/roles/{role}']", Fields(("granted", "ManageUsers")));
        var after = await member.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, grant.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(new HashSet<string> { "ManageUsers" }, await GrantsOfAsync(role));
    }

    [Fact]
    public async Task ARoleWithAChineseName_OpensFromTheRolesList()
    {
        var role = "审核员" + Guid.NewGuid().ToString("N")[..6];
        using var admin = await factory.CreateAdminClientAsync();
        await admin.SubmitFormAsync("/admin/roles", CreateForm, Fields(("name", role), ("description", "")));

        var index = await admin.GetPageAsync("/admin/roles");
        var link = index.QuerySelectorAll("table a").Single(a => a.TextContent.Contains($"（{role}）"));
        var editor = await admin.GetAsync(link.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, editor.StatusCode);
    }

    [Fact]
    public async Task ARoleNameWithASlash_NeverLeavesARoleThatCannotBeOpened()
    {
        var role = "站长/副站长" + Guid.NewGuid().ToString("N")[..6];
        using var admin = await factory.CreateAdminClientAsync();
        await admin.SubmitFormAsync("/admin/roles", CreateForm, Fields(("name", role), ("description", "")));

        var index = await admin.GetPageAsync("/admin/roles");
        var editors = new List<(string Href, HttpStatusCode Status)>();
        foreach (var link in index.QuerySelectorAll("table a[href^='/admin/roles/']"))
            editors.Add((link.GetAttribute("href")!, (await admin.GetAsync(link.GetAttribute("href")!)).StatusCode));

        Assert.All(editors, e => Assert.Equal(HttpStatusCode.OK, e.Status));
    }

    [Fact]
    public async Task Edit_WithAnUnknownPermission_IsRefusedAndChangesNothing()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var role = await CreateRoleAsync(admin);
        var form = await admin.GetPageAsync($"/admin/roles/{role}");
        Assert.NotNull(form.QuerySelector("#perm-ManageUsers"));

        var response = await admin.PostWithTokenAsync($"/admin/roles/{role}", $"/admin/roles/{role}", ("granted", "ManageUsers"), ("granted", "RuleTheWorld"));
        var page = await admin.FollowAsync(response);

        Assert.Equal($"/admin/roles/{role}", response.RedirectTarget());
        Assert.Contains("未知的权限 “RuleTheWorld”", page.Errors());
        Assert.Empty(await GrantsOfAsync(role));
    }

    [Fact]
    public async Task SavingARoleWhileAFeatureIsOff_KeepsThatFeaturesPermissionsForWhenItReturns()
    {
        await using var site = new PortalFactory();
        using var admin = await site.CreateAdminClientAsync();
        await admin.SubmitFormAsync("/admin/features", "form[action='/admin/features/Portal.Organization.PublicPages/disable']");
        await admin.SubmitFormAsync("/admin/features", "form[action='/admin/features/Portal.Resources/disable']");
        await admin.SubmitFormAsync("/admin/features", "form[action='/admin/features/Portal.Activities/disable']");
        await admin.SubmitFormAsync("/admin/features", "form[action='/admin/features/Portal.Volunteers/disable']");
        await admin.SubmitFormAsync("/admin/features", "form[action='/admin/features/Portal.Needs/disable']");
        await admin.SubmitFormAsync("/admin/features", "form[action='/admin/features/Portal.Organization/disable']");
        var staffForm = $"form[action='/admin/roles/{RoleNames.Staff}']";

        var save = await admin.SubmitFormAsync($"/admin/roles/{RoleNames.Staff}", staffForm, Fields(("granted", "AccessAdmin")));
        await admin.SubmitFormAsync("/admin/features", "form[action='/admin/features/Portal.Organization.PublicPages/enable']");
        var editor = await admin.GetPageAsync($"/admin/roles/{RoleNames.Staff}");

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.NotNull(editor.QuerySelector("#perm-EditOwnUnits[checked]"));
        Assert.NotNull(editor.QuerySelector("#perm-AccessAdmin[checked]"));
    }

    [Theory]
    [InlineData(RoleNames.Administrator)]
    [InlineData(RoleNames.Staff)]
    [InlineData(RoleNames.Authenticated)]
    public async Task Delete_OfABuiltInRole_IsRefused(string role)
    {
        using var admin = await factory.CreateAdminClientAsync();
        var index = await admin.GetPageAsync("/admin/roles");

        var response = await admin.PostWithTokenAsync("/admin/roles", $"/admin/roles/{role}/delete");
        var page = await admin.FollowAsync(response);

        Assert.Null(index.QuerySelector($"form[action='/admin/roles/{role}/delete']"));
        Assert.Contains("内置角色，不能删除", page.Errors());
        Assert.True(await RoleExistsAsync(role));
    }

    [Fact]
    public async Task Delete_OfACustomRole_RemovesIt()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var role = await CreateRoleAsync(admin);

        var response = await admin.SubmitFormAsync("/admin/roles", $"form[action='/admin/roles/{role}/delete']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await RoleExistsAsync(role));
    }

    [Fact]
    public async Task Edit_OfTheAdministratorRole_OffersNoPermissionsToUntick()
    {
        using var admin = await factory.CreateAdminClientAsync();

        var page = await admin.GetPageAsync($"/admin/roles/{RoleNames.Administrator}");

        Assert.Null(page.QuerySelector("input[name='granted']"));
        Assert.Contains("全部权限", page.QuerySelector("main")!.TextContent);
    }
}

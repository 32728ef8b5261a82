using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Testing;

namespace Portal.Web.Tests;

[DatabaseSensitive("migrations and setup on an empty database")]
public sealed class SetupTests
{
    [Fact]
    public async Task FirstStart_OnEmptyDatabase_ServesTheChineseHomePageWithTheUnitTree()
    {
        await using var factory = new PortalFactory { SetsUpFromScratch = true };
        using var client = factory.CreatePortalClient();

        var home = await client.GetPageAsync("/");

        Assert.Equal("zh-CN", home.DocumentElement.GetAttribute("lang"));
        Assert.Contains("江阴市新时代文明实践中心", home.Title);
        Assert.Contains("理论宣讲平台", home.Body!.TextContent);
        Assert.Contains("华士镇新时代文明实践所", home.Body.TextContent);
        Assert.NotNull(home.QuerySelector("a[href='/units']"));
    }

    [Fact]
    public async Task FirstStart_CreatesTheAdministratorWhoSeesTheUnitTreeAndFeatures()
    {
        await using var factory = new PortalFactory { SetsUpFromScratch = true };
        using var admin = await factory.CreateAdminClientAsync();

        var units = await admin.GetPageAsync("/admin/units");
        var features = await admin.GetPageAsync("/admin/features");

        Assert.Contains("江阴市新时代文明实践中心", units.Body!.TextContent);
        Assert.Contains("华西村新时代文明实践站", units.Body.TextContent);
        Assert.Contains("已启用", features.QuerySelector("#feature-Portal\\.Organization")!.TextContent);
    }

    [Fact]
    public async Task FirstStart_WithoutAConfiguredPassword_GivesTheAdministratorAOneTimePassword()
    {
        await using var factory = new NoPasswordFactory();

        var admin = await factory.WithScopeAsync(sp => sp.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync("admin"));

        Assert.NotNull(admin);
        Assert.True(admin.MustChangePassword);
        Assert.NotNull(admin.PasswordHash);
    }

    [Fact]
    public async Task AOneTimePassword_KeepsTheAdministratorOnTheChangePasswordPageUntilReplaced()
    {
        await using var factory = new NoPasswordFactory();
        const string oneTime = "One-time-pass-1", chosen = "Chosen-pass-2026";
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<PortalUser>>();
            var admin = await users.FindByNameAsync("admin");
            await users.RemovePasswordAsync(admin!);
            await users.AddPasswordAsync(admin!, oneTime);
        });
        using var client = factory.CreatePortalClient();

        var login = await client.LoginAsync("admin", oneTime);
        var adminBeforeChange = await client.GetAsync("/admin/units");
        var change = await client.SubmitFormAsync("/account/change-password", "form[action='/account/change-password']", new Dictionary<string, string>
        {
            ["CurrentPassword"] = oneTime, ["NewPassword"] = chosen, ["ConfirmPassword"] = chosen,
        });
        var adminAfterChange = await client.GetAsync("/admin/units");

        Assert.Equal("/account/change-password", login.Headers.Location!.OriginalString);
        Assert.Equal("/account/change-password", adminBeforeChange.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminAfterChange.StatusCode);
    }

    [Fact]
    public async Task SetUp_OnASiteAnotherNodeAlreadySetUp_ChangesNothing()
    {
        await using var factory = new PortalFactory();

        var result = await factory.WithScopeAsync(sp => sp.GetRequiredService<Portal.Core.Setup.SetupService>().SetUpAsync());
        var administrators = await factory.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<UserManager<PortalUser>>().GetUsersInRoleAsync(Portal.Abstractions.Security.RoleNames.Administrator)).Count);

        Assert.Null(result);
        Assert.Equal(1, administrators);
    }

    [Fact]
    public async Task Health_AnswersHealthy()
    {
        await using var factory = new PortalFactory();
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    private sealed class NoPasswordFactory : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("PORTAL_ADMIN_PASSWORD", "")];
    }
}
